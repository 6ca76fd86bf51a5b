import { createRequire as __mlopsCreateRequire } from 'node:module'; import { fileURLToPath as __mlopsFileURLToPath } from 'node:url'; import { dirname as __mlopsDirname } from 'node:path'; const require = __mlopsCreateRequire(import.meta.url); const __filename = __mlopsFileURLToPath(import.meta.url); const __dirname = __mlopsDirname(__filename);
import {
  parseNumber
} from "./chunk-QTAPR7R5.js";
import {
  readDataFile,
  resolveDataFiles
} from "./chunk-KNVOZRVJ.js";
import {
  ConfigurationError,
  shorten
} from "./chunk-FCHSJP6A.js";
import {
  __commonJS,
  __toESM
} from "./chunk-NUEQ5RRT.js";

// node_modules/protobufjs/src/util/aspromise.js
var require_aspromise = __commonJS({
  "node_modules/protobufjs/src/util/aspromise.js"(exports, module) {
    "use strict";
    module.exports = asPromise;
    function asPromise(fn, ctx) {
      var params = new Array(arguments.length - 1), offset = 0, index = 2, pending = true;
      while (index < arguments.length)
        params[offset++] = arguments[index++];
      return new Promise(function executor(resolve, reject) {
        params[offset] = function callback(err) {
          if (pending) {
            pending = false;
            if (err)
              reject(err);
            else {
              var params2 = new Array(arguments.length - 1), offset2 = 0;
              while (offset2 < params2.length)
                params2[offset2++] = arguments[offset2];
              resolve.apply(null, params2);
            }
          }
        };
        try {
          fn.apply(ctx || null, params);
        } catch (err) {
          if (pending) {
            pending = false;
            reject(err);
          }
        }
      });
    }
  }
});

// node_modules/protobufjs/src/util/base64.js
var require_base64 = __commonJS({
  "node_modules/protobufjs/src/util/base64.js"(exports) {
    "use strict";
    var base64 = exports;
    base64.length = function length(string) {
      var p = string.length;
      if (!p)
        return 0;
      while (p > 0 && string.charAt(p - 1) === "=")
        --p;
      return Math.floor(p * 3 / 4);
    };
    var b64 = new Array(64);
    var s64 = new Array(123);
    for (i = 0; i < 64; )
      s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;
    var i;
    s64[45] = 62;
    s64[95] = 63;
    base64.encode = function encode(buffer, start, end) {
      var parts = null, chunk = [];
      var i2 = 0, j = 0, t;
      while (start < end) {
        var b = buffer[start++];
        switch (j) {
          case 0:
            chunk[i2++] = b64[b >> 2];
            t = (b & 3) << 4;
            j = 1;
            break;
          case 1:
            chunk[i2++] = b64[t | b >> 4];
            t = (b & 15) << 2;
            j = 2;
            break;
          case 2:
            chunk[i2++] = b64[t | b >> 6];
            chunk[i2++] = b64[b & 63];
            j = 0;
            break;
        }
        if (i2 > 8191) {
          (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
          i2 = 0;
        }
      }
      if (j) {
        chunk[i2++] = b64[t];
        chunk[i2++] = 61;
        if (j === 1)
          chunk[i2++] = 61;
      }
      if (parts) {
        if (i2)
          parts.push(String.fromCharCode.apply(String, chunk.slice(0, i2)));
        return parts.join("");
      }
      return String.fromCharCode.apply(String, chunk.slice(0, i2));
    };
    var invalidEncoding = "invalid encoding";
    base64.decode = function decode(string, buffer, offset) {
      var start = offset;
      var j = 0, t;
      for (var i2 = 0; i2 < string.length; ) {
        var c = string.charCodeAt(i2++);
        if (c === 61 && j > 1)
          break;
        if ((c = s64[c]) === void 0)
          throw Error(invalidEncoding);
        switch (j) {
          case 0:
            t = c;
            j = 1;
            break;
          case 1:
            buffer[offset++] = t << 2 | (c & 48) >> 4;
            t = c;
            j = 2;
            break;
          case 2:
            buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
            t = c;
            j = 3;
            break;
          case 3:
            buffer[offset++] = (t & 3) << 6 | c;
            j = 0;
            break;
        }
      }
      if (j === 1)
        throw Error(invalidEncoding);
      return offset - start;
    };
    var base64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    var base64UrlRe = /[-_]/;
    var base64UrlNoPaddingRe = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;
    base64.test = function test(string) {
      return base64Re.test(string) || base64UrlRe.test(string) && base64UrlNoPaddingRe.test(string);
    };
  }
});

// node_modules/protobufjs/src/util/eventemitter.js
var require_eventemitter = __commonJS({
  "node_modules/protobufjs/src/util/eventemitter.js"(exports, module) {
    "use strict";
    module.exports = EventEmitter;
    function EventEmitter() {
      this._listeners = /* @__PURE__ */ Object.create(null);
    }
    EventEmitter.prototype.on = function on(evt, fn, ctx) {
      (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn,
        ctx: ctx || this
      });
      return this;
    };
    EventEmitter.prototype.off = function off(evt, fn) {
      if (evt === void 0)
        this._listeners = /* @__PURE__ */ Object.create(null);
      else {
        if (fn === void 0)
          this._listeners[evt] = [];
        else {
          var listeners = this._listeners[evt];
          if (!listeners)
            return this;
          for (var i = 0; i < listeners.length; )
            if (listeners[i].fn === fn)
              listeners.splice(i, 1);
            else
              ++i;
        }
      }
      return this;
    };
    EventEmitter.prototype.emit = function emit(evt) {
      var listeners = this._listeners[evt];
      if (listeners) {
        var args = [], i = 1;
        for (; i < arguments.length; )
          args.push(arguments[i++]);
        for (i = 0; i < listeners.length; )
          listeners[i].fn.apply(listeners[i++].ctx, args);
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/util/float.js
var require_float = __commonJS({
  "node_modules/protobufjs/src/util/float.js"(exports, module) {
    "use strict";
    module.exports = factory(factory);
    function factory(exports2) {
      if (typeof Float32Array !== "undefined") (function() {
        var f32 = new Float32Array([-0]), f8b = new Uint8Array(f32.buffer), le = f8b[3] === 128;
        function writeFloat_f32_cpy(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
        }
        function writeFloat_f32_rev(val, buf, pos) {
          f32[0] = val;
          buf[pos] = f8b[3];
          buf[pos + 1] = f8b[2];
          buf[pos + 2] = f8b[1];
          buf[pos + 3] = f8b[0];
        }
        exports2.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        exports2.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;
        function readFloat_f32_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          return f32[0];
        }
        function readFloat_f32_rev(buf, pos) {
          f8b[3] = buf[pos];
          f8b[2] = buf[pos + 1];
          f8b[1] = buf[pos + 2];
          f8b[0] = buf[pos + 3];
          return f32[0];
        }
        exports2.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        exports2.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;
      })();
      else (function() {
        function writeFloat_ieee754(writeUint, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0)
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos);
          else if (isNaN(val))
            writeUint(2143289344, buf, pos);
          else if (val > 34028234663852886e22)
            writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
          else if (val < 11754943508222875e-54)
            writeUint((sign << 31 | Math.round(val / 1401298464324817e-60)) >>> 0, buf, pos);
          else {
            var exponent = Math.floor(Math.log(val) / Math.LN2), mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
            writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
          }
        }
        exports2.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports2.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);
        function readFloat_ieee754(readUint, buf, pos) {
          var uint = readUint(buf, pos), sign = (uint >> 31) * 2 + 1, exponent = uint >>> 23 & 255, mantissa = uint & 8388607;
          return exponent === 255 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 1401298464324817e-60 * mantissa : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }
        exports2.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports2.readFloatBE = readFloat_ieee754.bind(null, readUintBE);
      })();
      if (typeof Float64Array !== "undefined") (function() {
        var f64 = new Float64Array([-0]), f8b = new Uint8Array(f64.buffer), le = f8b[7] === 128;
        function writeDouble_f64_cpy(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[0];
          buf[pos + 1] = f8b[1];
          buf[pos + 2] = f8b[2];
          buf[pos + 3] = f8b[3];
          buf[pos + 4] = f8b[4];
          buf[pos + 5] = f8b[5];
          buf[pos + 6] = f8b[6];
          buf[pos + 7] = f8b[7];
        }
        function writeDouble_f64_rev(val, buf, pos) {
          f64[0] = val;
          buf[pos] = f8b[7];
          buf[pos + 1] = f8b[6];
          buf[pos + 2] = f8b[5];
          buf[pos + 3] = f8b[4];
          buf[pos + 4] = f8b[3];
          buf[pos + 5] = f8b[2];
          buf[pos + 6] = f8b[1];
          buf[pos + 7] = f8b[0];
        }
        exports2.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        exports2.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;
        function readDouble_f64_cpy(buf, pos) {
          f8b[0] = buf[pos];
          f8b[1] = buf[pos + 1];
          f8b[2] = buf[pos + 2];
          f8b[3] = buf[pos + 3];
          f8b[4] = buf[pos + 4];
          f8b[5] = buf[pos + 5];
          f8b[6] = buf[pos + 6];
          f8b[7] = buf[pos + 7];
          return f64[0];
        }
        function readDouble_f64_rev(buf, pos) {
          f8b[7] = buf[pos];
          f8b[6] = buf[pos + 1];
          f8b[5] = buf[pos + 2];
          f8b[4] = buf[pos + 3];
          f8b[3] = buf[pos + 4];
          f8b[2] = buf[pos + 5];
          f8b[1] = buf[pos + 6];
          f8b[0] = buf[pos + 7];
          return f64[0];
        }
        exports2.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        exports2.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;
      })();
      else (function() {
        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
          var sign = val < 0 ? 1 : 0;
          if (sign)
            val = -val;
          if (val === 0) {
            writeUint(0, buf, pos + off0);
            writeUint(1 / val > 0 ? (
              /* positive */
              0
            ) : (
              /* negative 0 */
              2147483648
            ), buf, pos + off1);
          } else if (isNaN(val)) {
            writeUint(0, buf, pos + off0);
            writeUint(2146959360, buf, pos + off1);
          } else if (val > 17976931348623157e292) {
            writeUint(0, buf, pos + off0);
            writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
          } else {
            var mantissa;
            if (val < 22250738585072014e-324) {
              mantissa = val / 5e-324;
              writeUint(mantissa >>> 0, buf, pos + off0);
              writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
            } else {
              var exponent = Math.floor(Math.log(val) / Math.LN2);
              if (exponent === 1024)
                exponent = 1023;
              mantissa = val * Math.pow(2, -exponent);
              writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
              writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
            }
          }
        }
        exports2.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports2.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);
        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
          var lo = readUint(buf, pos + off0), hi = readUint(buf, pos + off1);
          var sign = (hi >> 31) * 2 + 1, exponent = hi >>> 20 & 2047, mantissa = 4294967296 * (hi & 1048575) + lo;
          return exponent === 2047 ? mantissa ? NaN : sign * Infinity : exponent === 0 ? sign * 5e-324 * mantissa : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }
        exports2.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports2.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);
      })();
      return exports2;
    }
    function writeUintLE(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    function writeUintBE(val, buf, pos) {
      buf[pos] = val >>> 24;
      buf[pos + 1] = val >>> 16 & 255;
      buf[pos + 2] = val >>> 8 & 255;
      buf[pos + 3] = val & 255;
    }
    function readUintLE(buf, pos) {
      return (buf[pos] | buf[pos + 1] << 8 | buf[pos + 2] << 16 | buf[pos + 3] << 24) >>> 0;
    }
    function readUintBE(buf, pos) {
      return (buf[pos] << 24 | buf[pos + 1] << 16 | buf[pos + 2] << 8 | buf[pos + 3]) >>> 0;
    }
  }
});

// node_modules/protobufjs/src/util/utf8.js
var require_utf8 = __commonJS({
  "node_modules/protobufjs/src/util/utf8.js"(exports) {
    "use strict";
    var utf8 = exports;
    var looseDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
    var strictDecoder;
    var TEXT_DECODER_MIN_LENGTH = 64;
    try {
      strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    } catch (err) {
      strictDecoder = looseDecoder;
    }
    utf8.length = function utf8_length(string) {
      var len = 0, c = 0;
      for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
          len += 1;
        else if (c < 2048)
          len += 2;
        else if ((c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320) {
          ++i;
          len += 4;
        } else
          len += 3;
      }
      return len;
    };
    function utf8_read_decoder(decoder, buffer, start, end) {
      var source = start === 0 && end === buffer.length ? buffer : buffer.subarray(start, end);
      return decoder.decode(source);
    }
    utf8.read = function utf8_read_loose(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(looseDecoder, buffer, start, end);
      var str = "", i = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 128)
          return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
      }
      return str;
    };
    utf8.readStrict = function utf8_read_strict(buffer, start, end) {
      if (end - start < 1)
        return "";
      if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(strictDecoder, buffer, start, end);
      var str = "", i = start, c1, c2, c3, c4, c5, c6, c7, c8;
      for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 128)
          return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
      }
      for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 128)
          return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
      }
      return str;
    };
    utf8.write = function utf8_write(string, buffer, offset) {
      var start = offset, c1, c2;
      for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
          buffer[offset++] = c1;
        } else if (c1 < 2048) {
          buffer[offset++] = c1 >> 6 | 192;
          buffer[offset++] = c1 & 63 | 128;
        } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320) {
          c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
          ++i;
          buffer[offset++] = c1 >> 18 | 240;
          buffer[offset++] = c1 >> 12 & 63 | 128;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        } else {
          buffer[offset++] = c1 >> 12 | 224;
          buffer[offset++] = c1 >> 6 & 63 | 128;
          buffer[offset++] = c1 & 63 | 128;
        }
      }
      return offset - start;
    };
  }
});

// node_modules/protobufjs/src/util/pool.js
var require_pool = __commonJS({
  "node_modules/protobufjs/src/util/pool.js"(exports, module) {
    "use strict";
    module.exports = pool;
    function pool(alloc, slice, size) {
      var SIZE = size || 8192;
      var MAX = SIZE >>> 1;
      var slab = null;
      var offset = SIZE;
      return function pool_alloc(size2) {
        if (size2 < 1 || size2 > MAX)
          return alloc(size2);
        if (offset + size2 > SIZE) {
          slab = alloc(SIZE);
          offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size2);
        if (offset & 7)
          offset = (offset | 7) + 1;
        return buf;
      };
    }
  }
});

// node_modules/protobufjs/src/util/longbits.js
var require_longbits = __commonJS({
  "node_modules/protobufjs/src/util/longbits.js"(exports, module) {
    "use strict";
    module.exports = LongBits;
    var Long;
    function LongBits(lo, hi) {
      this.lo = lo >>> 0;
      this.hi = hi >>> 0;
    }
    var zero = LongBits.zero = new LongBits(0, 0);
    zero.toNumber = function() {
      return 0;
    };
    zero.zzEncode = zero.zzDecode = function() {
      return this;
    };
    zero.length = function() {
      return 1;
    };
    var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";
    LongBits.fromNumber = function fromNumber(value) {
      if (value === 0)
        return zero;
      var sign = value < 0;
      if (sign)
        value = -value;
      var lo = value >>> 0, hi = (value - lo) / 4294967296 >>> 0;
      if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
          lo = 0;
          if (++hi > 4294967295)
            hi = 0;
        }
      }
      return new LongBits(lo, hi);
    };
    LongBits.from = function from(value) {
      if (typeof value === "number")
        return LongBits.fromNumber(value);
      if (typeof value === "string" || value instanceof String) {
        if (Long)
          value = Long.fromString(value);
        else
          return LongBits.fromNumber(parseInt(value, 10));
      }
      return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
    };
    LongBits.prototype.toNumber = function toNumber(unsigned) {
      if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0, hi = ~this.hi >>> 0;
        if (!lo)
          hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
      }
      return this.lo + this.hi * 4294967296;
    };
    LongBits.prototype.toLong = function toLong(unsigned) {
      return Long ? new Long(this.lo | 0, this.hi | 0, Boolean(unsigned)) : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
    };
    var charCodeAt = String.prototype.charCodeAt;
    LongBits.fromHash = function fromHash(hash) {
      if (hash === zeroHash)
        return zero;
      return new LongBits(
        (charCodeAt.call(hash, 0) | charCodeAt.call(hash, 1) << 8 | charCodeAt.call(hash, 2) << 16 | charCodeAt.call(hash, 3) << 24) >>> 0,
        (charCodeAt.call(hash, 4) | charCodeAt.call(hash, 5) << 8 | charCodeAt.call(hash, 6) << 16 | charCodeAt.call(hash, 7) << 24) >>> 0
      );
    };
    LongBits.prototype.toHash = function toHash() {
      return String.fromCharCode(
        this.lo & 255,
        this.lo >>> 8 & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24,
        this.hi & 255,
        this.hi >>> 8 & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
      );
    };
    LongBits.prototype.zzEncode = function zzEncode() {
      var mask = this.hi >> 31;
      this.hi = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
      this.lo = (this.lo << 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.zzDecode = function zzDecode() {
      var mask = -(this.lo & 1);
      this.lo = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
      this.hi = (this.hi >>> 1 ^ mask) >>> 0;
      return this;
    };
    LongBits.prototype.length = function length() {
      var part0 = this.lo, part1 = (this.lo >>> 28 | this.hi << 4) >>> 0, part2 = this.hi >>> 24;
      return part2 === 0 ? part1 === 0 ? part0 < 16384 ? part0 < 128 ? 1 : 2 : part0 < 2097152 ? 3 : 4 : part1 < 16384 ? part1 < 128 ? 5 : 6 : part1 < 2097152 ? 7 : 8 : part2 < 128 ? 9 : 10;
    };
    LongBits._configure = function(Long_) {
      Long = Long_;
    };
  }
});

// node_modules/protobufjs/node_modules/long/umd/index.js
var require_umd = __commonJS({
  "node_modules/protobufjs/node_modules/long/umd/index.js"(exports, module) {
    (function(global2, factory) {
      function preferDefault(exports2) {
        return exports2.default || exports2;
      }
      if (typeof define === "function" && define.amd) {
        define([], function() {
          var exports2 = {};
          factory(exports2);
          return preferDefault(exports2);
        });
      } else if (typeof exports === "object") {
        factory(exports);
        if (typeof module === "object") module.exports = preferDefault(exports);
      } else {
        (function() {
          var exports2 = {};
          factory(exports2);
          global2.Long = preferDefault(exports2);
        })();
      }
    })(
      typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : exports,
      function(_exports) {
        "use strict";
        Object.defineProperty(_exports, "__esModule", {
          value: true
        });
        _exports.default = void 0;
        var wasm = null;
        try {
          wasm = new WebAssembly.Instance(
            new WebAssembly.Module(
              new Uint8Array([
                // \0asm
                0,
                97,
                115,
                109,
                // version 1
                1,
                0,
                0,
                0,
                // section "type"
                1,
                13,
                2,
                // 0, () => i32
                96,
                0,
                1,
                127,
                // 1, (i32, i32, i32, i32) => i32
                96,
                4,
                127,
                127,
                127,
                127,
                1,
                127,
                // section "function"
                3,
                7,
                6,
                // 0, type 0
                0,
                // 1, type 1
                1,
                // 2, type 1
                1,
                // 3, type 1
                1,
                // 4, type 1
                1,
                // 5, type 1
                1,
                // section "global"
                6,
                6,
                1,
                // 0, "high", mutable i32
                127,
                1,
                65,
                0,
                11,
                // section "export"
                7,
                50,
                6,
                // 0, "mul"
                3,
                109,
                117,
                108,
                0,
                1,
                // 1, "div_s"
                5,
                100,
                105,
                118,
                95,
                115,
                0,
                2,
                // 2, "div_u"
                5,
                100,
                105,
                118,
                95,
                117,
                0,
                3,
                // 3, "rem_s"
                5,
                114,
                101,
                109,
                95,
                115,
                0,
                4,
                // 4, "rem_u"
                5,
                114,
                101,
                109,
                95,
                117,
                0,
                5,
                // 5, "get_high"
                8,
                103,
                101,
                116,
                95,
                104,
                105,
                103,
                104,
                0,
                0,
                // section "code"
                10,
                191,
                1,
                6,
                // 0, "get_high"
                4,
                0,
                35,
                0,
                11,
                // 1, "mul"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                126,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 2, "div_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                127,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 3, "div_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                128,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 4, "rem_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                129,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 5, "rem_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                130,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11
              ])
            ),
            {}
          ).exports;
        } catch {
        }
        function Long(low, high, unsigned) {
          this.low = low | 0;
          this.high = high | 0;
          this.unsigned = !!unsigned;
        }
        Long.prototype.__isLong__;
        Object.defineProperty(Long.prototype, "__isLong__", {
          value: true
        });
        function isLong(obj) {
          return (obj && obj["__isLong__"]) === true;
        }
        function ctz32(value) {
          var c = Math.clz32(value & -value);
          return value ? 31 - c : c;
        }
        Long.isLong = isLong;
        var INT_CACHE = {};
        var UINT_CACHE = {};
        function fromInt(value, unsigned) {
          var obj, cachedObj, cache;
          if (unsigned) {
            value >>>= 0;
            if (cache = 0 <= value && value < 256) {
              cachedObj = UINT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, 0, true);
            if (cache) UINT_CACHE[value] = obj;
            return obj;
          } else {
            value |= 0;
            if (cache = -128 <= value && value < 128) {
              cachedObj = INT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, value < 0 ? -1 : 0, false);
            if (cache) INT_CACHE[value] = obj;
            return obj;
          }
        }
        Long.fromInt = fromInt;
        function fromNumber(value, unsigned) {
          if (isNaN(value)) return unsigned ? UZERO : ZERO;
          if (unsigned) {
            if (value < 0) return UZERO;
            if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
          } else {
            if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
            if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
          }
          if (value < 0) return fromNumber(-value, unsigned).neg();
          return fromBits(
            value % TWO_PWR_32_DBL | 0,
            value / TWO_PWR_32_DBL | 0,
            unsigned
          );
        }
        Long.fromNumber = fromNumber;
        function fromBits(lowBits, highBits, unsigned) {
          return new Long(lowBits, highBits, unsigned);
        }
        Long.fromBits = fromBits;
        var pow_dbl = Math.pow;
        function fromString(str, unsigned, radix) {
          if (str.length === 0) throw Error("empty string");
          if (typeof unsigned === "number") {
            radix = unsigned;
            unsigned = false;
          } else {
            unsigned = !!unsigned;
          }
          if (str === "NaN" || str === "Infinity" || str === "+Infinity" || str === "-Infinity")
            return unsigned ? UZERO : ZERO;
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          var p;
          if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
          else if (p === 0) {
            return fromString(str.substring(1), unsigned, radix).neg();
          }
          var radixToPower = fromNumber(pow_dbl(radix, 8));
          var result = ZERO;
          for (var i = 0; i < str.length; i += 8) {
            var size = Math.min(8, str.length - i), value = parseInt(str.substring(i, i + size), radix);
            if (size < 8) {
              var power = fromNumber(pow_dbl(radix, size));
              result = result.mul(power).add(fromNumber(value));
            } else {
              result = result.mul(radixToPower);
              result = result.add(fromNumber(value));
            }
          }
          result.unsigned = unsigned;
          return result;
        }
        Long.fromString = fromString;
        function fromValue(val, unsigned) {
          if (typeof val === "number") return fromNumber(val, unsigned);
          if (typeof val === "string") return fromString(val, unsigned);
          return fromBits(
            val.low,
            val.high,
            typeof unsigned === "boolean" ? unsigned : val.unsigned
          );
        }
        Long.fromValue = fromValue;
        var TWO_PWR_16_DBL = 1 << 16;
        var TWO_PWR_24_DBL = 1 << 24;
        var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;
        var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;
        var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;
        var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);
        var ZERO = fromInt(0);
        Long.ZERO = ZERO;
        var UZERO = fromInt(0, true);
        Long.UZERO = UZERO;
        var ONE = fromInt(1);
        Long.ONE = ONE;
        var UONE = fromInt(1, true);
        Long.UONE = UONE;
        var NEG_ONE = fromInt(-1);
        Long.NEG_ONE = NEG_ONE;
        var MAX_VALUE = fromBits(4294967295 | 0, 2147483647 | 0, false);
        Long.MAX_VALUE = MAX_VALUE;
        var MAX_UNSIGNED_VALUE = fromBits(4294967295 | 0, 4294967295 | 0, true);
        Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;
        var MIN_VALUE = fromBits(0, 2147483648 | 0, false);
        Long.MIN_VALUE = MIN_VALUE;
        var LongPrototype = Long.prototype;
        LongPrototype.toInt = function toInt() {
          return this.unsigned ? this.low >>> 0 : this.low;
        };
        LongPrototype.toNumber = function toNumber() {
          if (this.unsigned)
            return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
          return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
        };
        LongPrototype.toString = function toString(radix) {
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          if (this.isZero()) return "0";
          if (this.isNegative()) {
            if (this.eq(MIN_VALUE)) {
              var radixLong = fromNumber(radix), div = this.div(radixLong), rem1 = div.mul(radixLong).sub(this);
              return div.toString(radix) + rem1.toInt().toString(radix);
            } else return "-" + this.neg().toString(radix);
          }
          var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned), rem = this;
          var result = "";
          while (true) {
            var remDiv = rem.div(radixToPower), intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0, digits = intval.toString(radix);
            rem = remDiv;
            if (rem.isZero()) return digits + result;
            else {
              while (digits.length < 6) digits = "0" + digits;
              result = "" + digits + result;
            }
          }
        };
        LongPrototype.getHighBits = function getHighBits() {
          return this.high;
        };
        LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
          return this.high >>> 0;
        };
        LongPrototype.getLowBits = function getLowBits() {
          return this.low;
        };
        LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
          return this.low >>> 0;
        };
        LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
          if (this.isNegative())
            return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
          var val = this.high != 0 ? this.high : this.low;
          for (var bit = 31; bit > 0; bit--) if ((val & 1 << bit) != 0) break;
          return this.high != 0 ? bit + 33 : bit + 1;
        };
        LongPrototype.isSafeInteger = function isSafeInteger() {
          var top11Bits = this.high >> 21;
          if (!top11Bits) return true;
          if (this.unsigned) return false;
          return top11Bits === -1 && !(this.low === 0 && this.high === -2097152);
        };
        LongPrototype.isZero = function isZero() {
          return this.high === 0 && this.low === 0;
        };
        LongPrototype.eqz = LongPrototype.isZero;
        LongPrototype.isNegative = function isNegative() {
          return !this.unsigned && this.high < 0;
        };
        LongPrototype.isPositive = function isPositive() {
          return this.unsigned || this.high >= 0;
        };
        LongPrototype.isOdd = function isOdd() {
          return (this.low & 1) === 1;
        };
        LongPrototype.isEven = function isEven() {
          return (this.low & 1) === 0;
        };
        LongPrototype.equals = function equals(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1)
            return false;
          return this.high === other.high && this.low === other.low;
        };
        LongPrototype.eq = LongPrototype.equals;
        LongPrototype.notEquals = function notEquals(other) {
          return !this.eq(
            /* validates */
            other
          );
        };
        LongPrototype.neq = LongPrototype.notEquals;
        LongPrototype.ne = LongPrototype.notEquals;
        LongPrototype.lessThan = function lessThan(other) {
          return this.comp(
            /* validates */
            other
          ) < 0;
        };
        LongPrototype.lt = LongPrototype.lessThan;
        LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) <= 0;
        };
        LongPrototype.lte = LongPrototype.lessThanOrEqual;
        LongPrototype.le = LongPrototype.lessThanOrEqual;
        LongPrototype.greaterThan = function greaterThan(other) {
          return this.comp(
            /* validates */
            other
          ) > 0;
        };
        LongPrototype.gt = LongPrototype.greaterThan;
        LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) >= 0;
        };
        LongPrototype.gte = LongPrototype.greaterThanOrEqual;
        LongPrototype.ge = LongPrototype.greaterThanOrEqual;
        LongPrototype.compare = function compare(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.eq(other)) return 0;
          var thisNeg = this.isNegative(), otherNeg = other.isNegative();
          if (thisNeg && !otherNeg) return -1;
          if (!thisNeg && otherNeg) return 1;
          if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
          return other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1;
        };
        LongPrototype.comp = LongPrototype.compare;
        LongPrototype.negate = function negate() {
          if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
          return this.not().add(ONE);
        };
        LongPrototype.neg = LongPrototype.negate;
        LongPrototype.add = function add(addend) {
          if (!isLong(addend)) addend = fromValue(addend);
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = addend.high >>> 16;
          var b32 = addend.high & 65535;
          var b16 = addend.low >>> 16;
          var b00 = addend.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 + b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 + b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 + b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 + b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.subtract = function subtract(subtrahend) {
          if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
          return this.add(subtrahend.neg());
        };
        LongPrototype.sub = LongPrototype.subtract;
        LongPrototype.multiply = function multiply(multiplier) {
          if (this.isZero()) return this;
          if (!isLong(multiplier)) multiplier = fromValue(multiplier);
          if (wasm) {
            var low = wasm["mul"](
              this.low,
              this.high,
              multiplier.low,
              multiplier.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
          if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
          if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
          if (this.isNegative()) {
            if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
            else return this.neg().mul(multiplier).neg();
          } else if (multiplier.isNegative())
            return this.mul(multiplier.neg()).neg();
          if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
            return fromNumber(
              this.toNumber() * multiplier.toNumber(),
              this.unsigned
            );
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = multiplier.high >>> 16;
          var b32 = multiplier.high & 65535;
          var b16 = multiplier.low >>> 16;
          var b00 = multiplier.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 * b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 * b00;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c16 += a00 * b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 * b00;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a16 * b16;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a00 * b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.mul = LongPrototype.multiply;
        LongPrototype.divide = function divide(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (divisor.isZero()) throw Error("division by zero");
          if (wasm) {
            if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1) {
              return this;
            }
            var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (this.isZero()) return this.unsigned ? UZERO : ZERO;
          var approx, rem, res;
          if (!this.unsigned) {
            if (this.eq(MIN_VALUE)) {
              if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
                return MIN_VALUE;
              else if (divisor.eq(MIN_VALUE)) return ONE;
              else {
                var halfThis = this.shr(1);
                approx = halfThis.div(divisor).shl(1);
                if (approx.eq(ZERO)) {
                  return divisor.isNegative() ? ONE : NEG_ONE;
                } else {
                  rem = this.sub(divisor.mul(approx));
                  res = approx.add(rem.div(divisor));
                  return res;
                }
              }
            } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
            if (this.isNegative()) {
              if (divisor.isNegative()) return this.neg().div(divisor.neg());
              return this.neg().div(divisor).neg();
            } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
            res = ZERO;
          } else {
            if (!divisor.unsigned) divisor = divisor.toUnsigned();
            if (divisor.gt(this)) return UZERO;
            if (divisor.gt(this.shru(1)))
              return UONE;
            res = UZERO;
          }
          rem = this;
          while (rem.gte(divisor)) {
            approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
            var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48), approxRes = fromNumber(approx), approxRem = approxRes.mul(divisor);
            while (approxRem.isNegative() || approxRem.gt(rem)) {
              approx -= delta;
              approxRes = fromNumber(approx, this.unsigned);
              approxRem = approxRes.mul(divisor);
            }
            if (approxRes.isZero()) approxRes = ONE;
            res = res.add(approxRes);
            rem = rem.sub(approxRem);
          }
          return res;
        };
        LongPrototype.div = LongPrototype.divide;
        LongPrototype.modulo = function modulo(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (wasm) {
            var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          return this.sub(this.div(divisor).mul(divisor));
        };
        LongPrototype.mod = LongPrototype.modulo;
        LongPrototype.rem = LongPrototype.modulo;
        LongPrototype.not = function not() {
          return fromBits(~this.low, ~this.high, this.unsigned);
        };
        LongPrototype.countLeadingZeros = function countLeadingZeros() {
          return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
        };
        LongPrototype.clz = LongPrototype.countLeadingZeros;
        LongPrototype.countTrailingZeros = function countTrailingZeros() {
          return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
        };
        LongPrototype.ctz = LongPrototype.countTrailingZeros;
        LongPrototype.and = function and(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low & other.low,
            this.high & other.high,
            this.unsigned
          );
        };
        LongPrototype.or = function or(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low | other.low,
            this.high | other.high,
            this.unsigned
          );
        };
        LongPrototype.xor = function xor(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low ^ other.low,
            this.high ^ other.high,
            this.unsigned
          );
        };
        LongPrototype.shiftLeft = function shiftLeft(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low << numBits,
              this.high << numBits | this.low >>> 32 - numBits,
              this.unsigned
            );
          else return fromBits(0, this.low << numBits - 32, this.unsigned);
        };
        LongPrototype.shl = LongPrototype.shiftLeft;
        LongPrototype.shiftRight = function shiftRight(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >> numBits,
              this.unsigned
            );
          else
            return fromBits(
              this.high >> numBits - 32,
              this.high >= 0 ? 0 : -1,
              this.unsigned
            );
        };
        LongPrototype.shr = LongPrototype.shiftRight;
        LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >>> numBits,
              this.unsigned
            );
          if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
          return fromBits(this.high >>> numBits - 32, 0, this.unsigned);
        };
        LongPrototype.shru = LongPrototype.shiftRightUnsigned;
        LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;
        LongPrototype.rotateLeft = function rotateLeft(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.low << numBits | this.high >>> b,
              this.high << numBits | this.low >>> b,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.high << numBits | this.low >>> b,
            this.low << numBits | this.high >>> b,
            this.unsigned
          );
        };
        LongPrototype.rotl = LongPrototype.rotateLeft;
        LongPrototype.rotateRight = function rotateRight(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.high << b | this.low >>> numBits,
              this.low << b | this.high >>> numBits,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.low << b | this.high >>> numBits,
            this.high << b | this.low >>> numBits,
            this.unsigned
          );
        };
        LongPrototype.rotr = LongPrototype.rotateRight;
        LongPrototype.toSigned = function toSigned() {
          if (!this.unsigned) return this;
          return fromBits(this.low, this.high, false);
        };
        LongPrototype.toUnsigned = function toUnsigned() {
          if (this.unsigned) return this;
          return fromBits(this.low, this.high, true);
        };
        LongPrototype.toBytes = function toBytes(le) {
          return le ? this.toBytesLE() : this.toBytesBE();
        };
        LongPrototype.toBytesLE = function toBytesLE() {
          var hi = this.high, lo = this.low;
          return [
            lo & 255,
            lo >>> 8 & 255,
            lo >>> 16 & 255,
            lo >>> 24,
            hi & 255,
            hi >>> 8 & 255,
            hi >>> 16 & 255,
            hi >>> 24
          ];
        };
        LongPrototype.toBytesBE = function toBytesBE() {
          var hi = this.high, lo = this.low;
          return [
            hi >>> 24,
            hi >>> 16 & 255,
            hi >>> 8 & 255,
            hi & 255,
            lo >>> 24,
            lo >>> 16 & 255,
            lo >>> 8 & 255,
            lo & 255
          ];
        };
        Long.fromBytes = function fromBytes(bytes, unsigned, le) {
          return le ? Long.fromBytesLE(bytes, unsigned) : Long.fromBytesBE(bytes, unsigned);
        };
        Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
          return new Long(
            bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24,
            bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24,
            unsigned
          );
        };
        Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
          return new Long(
            bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7],
            bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3],
            unsigned
          );
        };
        if (typeof BigInt === "function") {
          Long.fromBigInt = function fromBigInt(value, unsigned) {
            var lowBits = Number(BigInt.asIntN(32, value));
            var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
            return fromBits(lowBits, highBits, unsigned);
          };
          Long.fromValue = function fromValueWithBigInt(value, unsigned) {
            if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
            return fromValue(value, unsigned);
          };
          LongPrototype.toBigInt = function toBigInt() {
            var lowBigInt = BigInt(this.low >>> 0);
            var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
            return highBigInt << BigInt(32) | lowBigInt;
          };
        }
        var _default = _exports.default = Long;
      }
    );
  }
});

// node_modules/protobufjs/src/util/minimal.js
var require_minimal = __commonJS({
  "node_modules/protobufjs/src/util/minimal.js"(exports) {
    "use strict";
    var util = exports;
    util.asPromise = require_aspromise();
    util.base64 = require_base64();
    util.EventEmitter = require_eventemitter();
    util.float = require_float();
    util.utf8 = require_utf8();
    util.pool = require_pool();
    util.LongBits = require_longbits();
    function isUnsafeProperty(key) {
      return key === "__proto__" || key === "prototype" || key === "constructor";
    }
    util.isUnsafeProperty = isUnsafeProperty;
    util.isNode = Boolean(typeof global !== "undefined" && global && global.process && global.process.versions && global.process.versions.node);
    util.global = util.isNode && global || typeof window !== "undefined" && window || typeof self !== "undefined" && self || typeof globalThis !== "undefined" && globalThis || exports;
    util.emptyArray = Object.freeze ? Object.freeze([]) : (
      /* istanbul ignore next */
      []
    );
    util.emptyObject = Object.freeze ? Object.freeze({}) : (
      /* istanbul ignore next */
      {}
    );
    util.isInteger = Number.isInteger || /* istanbul ignore next */
    function isInteger(value) {
      return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
    };
    util.isString = function isString(value) {
      return typeof value === "string" || value instanceof String;
    };
    util.isObject = function isObject(value) {
      return value && typeof value === "object";
    };
    util.isset = /**
     * Checks if a property on a message is considered to be present.
     * @param {Object} obj Plain object or message instance
     * @param {string} prop Property name
     * @returns {boolean} `true` if considered to be present, otherwise `false`
     */
    util.isSet = function isSet(obj, prop) {
      var value = obj[prop];
      if (value != null && Object.hasOwnProperty.call(obj, prop))
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
      return false;
    };
    util.Buffer = (function() {
      try {
        var Buffer = util.global.Buffer;
        return Buffer.prototype.utf8Write || util.isNode ? Buffer : (
          /* istanbul ignore next */
          null
        );
      } catch (e) {
        return null;
      }
    })();
    util.newBuffer = function newBuffer(sizeOrArray) {
      var Buffer = util.Buffer;
      return typeof sizeOrArray === "number" ? Buffer ? Buffer.allocUnsafe(sizeOrArray) : new Uint8Array(sizeOrArray) : Buffer ? Buffer.from(sizeOrArray) : new Uint8Array(sizeOrArray);
    };
    util.rawField = function rawField(id, wireType, data) {
      var out = [], tag = id << 3 | wireType;
      tag >>>= 0;
      while (tag > 127) {
        out.push(tag & 127 | 128);
        tag >>>= 7;
      }
      out.push(tag);
      for (var i = 0; i < data.length; ++i)
        out.push(data[i]);
      return util.newBuffer(out);
    };
    util.Array = Uint8Array;
    util.Long = /* istanbul ignore next */
    util.global.dcodeIO && /* istanbul ignore next */
    util.global.dcodeIO.Long || /* istanbul ignore next */
    util.global.Long || (function() {
      try {
        var Long = require_umd();
        return Long && Long.isLong ? Long : null;
      } catch (e) {
        return null;
      }
    })();
    util.key2Re = /^(?:true|false|0|1)$/;
    util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;
    util.key64Re = /^(?:[\x00-\xff]{8}|-?(?:0|[1-9][0-9]*))$/;
    util.longToHash = function longToHash(value) {
      return value ? util.LongBits.from(value).toHash() : util.LongBits.zeroHash;
    };
    util.longFromHash = function longFromHash(hash, unsigned) {
      var bits = util.LongBits.fromHash(hash);
      if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
      return bits.toNumber(Boolean(unsigned));
    };
    util.longFromKey = function longFromKey(key, unsigned) {
      return util.key64Re.test(key) && !util.key32Re.test(key) ? util.longFromHash(key, unsigned) : key;
    };
    util.boolFromKey = function boolFromKey(key) {
      return key === "true" || key === "1";
    };
    function merge(dst) {
      var ifNotSet = typeof arguments[arguments.length - 1] === "boolean", limit = ifNotSet ? arguments.length - 1 : arguments.length;
      ifNotSet = ifNotSet && arguments[arguments.length - 1];
      for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
          continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
          if (!isUnsafeProperty(keys[i]) && (!ifNotSet || !Object.prototype.hasOwnProperty.call(dst, keys[i]) || dst[keys[i]] === void 0))
            dst[keys[i]] = src[keys[i]];
      }
      return dst;
    }
    util.merge = merge;
    util.nestingLimit = 32;
    util.recursionLimit = 100;
    util.makeProp = function makeProp(obj, key, enumerable) {
      if (Object.prototype.hasOwnProperty.call(obj, key))
        return;
      Object.defineProperty(obj, key, {
        enumerable: enumerable === void 0 ? true : enumerable,
        configurable: true,
        writable: true
      });
    };
    util.lcFirst = function lcFirst(str) {
      return str.charAt(0).toLowerCase() + str.substring(1);
    };
    function newError(name) {
      function CustomError(message, properties) {
        if (!(this instanceof CustomError))
          return new CustomError(message, properties);
        Object.defineProperty(this, "message", { get: function() {
          return message;
        } });
        if (Error.captureStackTrace)
          Error.captureStackTrace(this, CustomError);
        else
          Object.defineProperty(this, "stack", { value: new Error().stack || "" });
        if (properties)
          merge(this, properties);
      }
      CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
          value: CustomError,
          writable: true,
          enumerable: false,
          configurable: true
        },
        name: {
          get: function get() {
            return name;
          },
          set: void 0,
          enumerable: false,
          // configurable: false would accurately preserve the behavior of
          // the original, but I'm guessing that was not intentional.
          // For an actual error subclass, this property would
          // be configurable.
          configurable: true
        },
        toString: {
          value: function value() {
            return this.name + ": " + this.message;
          },
          writable: true,
          enumerable: false,
          configurable: true
        }
      });
      return CustomError;
    }
    util.newError = newError;
    util.ProtocolError = newError("ProtocolError");
    util.oneOfGetter = function getOneOf(fieldNames) {
      var fieldMap = {};
      for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
      return function() {
        for (var keys = Object.keys(this), i2 = keys.length - 1; i2 > -1; --i2)
          if (fieldMap[keys[i2]] === 1 && this[keys[i2]] !== void 0 && this[keys[i2]] !== null)
            return keys[i2];
      };
    };
    util.oneOfSetter = function setOneOf(fieldNames) {
      return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
          if (fieldNames[i] !== name)
            delete this[fieldNames[i]];
      };
    };
    util.toJSONOptions = {
      longs: String,
      enums: String,
      bytes: String,
      json: true
    };
  }
});

// node_modules/protobufjs/src/writer.js
var require_writer = __commonJS({
  "node_modules/protobufjs/src/writer.js"(exports, module) {
    "use strict";
    module.exports = Writer;
    var util = require_minimal();
    var BufferWriter;
    var LongBits = util.LongBits;
    var base64 = util.base64;
    var utf8 = util.utf8;
    function Writer() {
      this.pos = 0;
      this.buf = this.constructor.alloc(Writer.initialBufferSize);
      this.view = null;
      this.states = null;
    }
    Writer.initialBufferSize = 128;
    Object.defineProperty(Writer.prototype, "len", {
      configurable: true,
      enumerable: true,
      get: function get_len() {
        return this.pos;
      }
    });
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup() {
        return (Writer.create = function create_buffer() {
          return new BufferWriter();
        })();
      } : function create_array() {
        return new Writer();
      };
    };
    Writer.create = create();
    Writer.alloc = function alloc(size) {
      return new Uint8Array(size);
    };
    Writer.alloc = util.pool(Writer.alloc, Uint8Array.prototype.subarray);
    function sizeVarint32(value) {
      return value < 128 ? 1 : value < 16384 ? 2 : value < 2097152 ? 3 : value < 268435456 ? 4 : 5;
    }
    Writer.prototype._reserve = function _reserve(n) {
      var need = this.pos + n;
      if (need > this.buf.length) {
        var size = this.buf.length << 1;
        if (size < need)
          size = need;
        var buf = this.constructor.alloc(size);
        buf.set(this.buf.subarray(0, this.pos), 0);
        this.buf = buf;
        this.view = null;
      }
    };
    function writeStringAscii(val, buf, pos) {
      for (var i = 0; i < val.length; )
        buf[pos++] = val.charCodeAt(i++);
    }
    function writeVarint32(val, buf, pos) {
      while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
      }
      buf[pos] = val;
      return pos + 1;
    }
    Writer.prototype.uint32 = function write_uint32(value) {
      value = value >>> 0;
      this._reserve(5);
      var pos = this.pos;
      this.pos = writeVarint32(value, this.buf, pos);
      return this;
    };
    Writer.prototype.int32 = function write_int32(value) {
      if ((value |= 0) < 0) {
        this._reserve(10);
        writeVarint64(LongBits.fromNumber(value), this.buf, this.pos);
        this.pos += 10;
        return this;
      }
      return this.uint32(value);
    };
    Writer.prototype.sint32 = function write_sint32(value) {
      return this.uint32((value << 1 ^ value >> 31) >>> 0);
    };
    function writeVarint64(val, buf, pos) {
      var lo = val.lo, hi = val.hi;
      while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
      }
      while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
      }
      buf[pos] = lo;
      return pos + 1;
    }
    Writer.prototype.uint64 = function write_uint64(value) {
      var bits = LongBits.from(value);
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits, this.buf, pos);
      return this;
    };
    Writer.prototype.int64 = Writer.prototype.uint64;
    Writer.prototype.sint64 = function write_sint64(value) {
      var bits = LongBits.from(value).zzEncode();
      this._reserve(10);
      var pos = this.pos;
      this.pos = writeVarint64(bits, this.buf, pos);
      return this;
    };
    Writer.prototype.bool = function write_bool(value) {
      this._reserve(1);
      this.buf[this.pos++] = value ? 1 : 0;
      return this;
    };
    function writeFixed32(val, buf, pos) {
      buf[pos] = val & 255;
      buf[pos + 1] = val >>> 8 & 255;
      buf[pos + 2] = val >>> 16 & 255;
      buf[pos + 3] = val >>> 24;
    }
    Writer.prototype.fixed32 = function write_fixed32(value) {
      this._reserve(4);
      writeFixed32(value >>> 0, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.sfixed32 = Writer.prototype.fixed32;
    Writer.prototype.fixed64 = function write_fixed64(value) {
      var bits = LongBits.from(value);
      this._reserve(8);
      writeFixed32(bits.lo, this.buf, this.pos);
      writeFixed32(bits.hi, this.buf, this.pos + 4);
      this.pos += 8;
      return this;
    };
    Writer.prototype.sfixed64 = Writer.prototype.fixed64;
    Writer.prototype.float = function write_float(value) {
      this._reserve(4);
      util.float.writeFloatLE(value, this.buf, this.pos);
      this.pos += 4;
      return this;
    };
    Writer.prototype.double = function write_double(value) {
      this._reserve(8);
      util.float.writeDoubleLE(value, this.buf, this.pos);
      this.pos += 8;
      return this;
    };
    Writer.prototype.bytes = function write_bytes(value) {
      var len = value.length >>> 0;
      if (!len) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
      }
      this.uint32(len);
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.raw = function write_raw(value) {
      var len = value.length >>> 0;
      if (!len)
        return this;
      this._reserve(len);
      this.buf.set(value, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype._delim = function _delim(pos, len) {
      var n = sizeVarint32(len);
      if (n > 1)
        this.buf.copyWithin(pos + n, pos + 1, pos + 1 + len);
      writeVarint32(len, this.buf, pos);
      this.pos = pos + n + len;
      return this;
    };
    Writer.prototype.string = function write_string(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var lenPos = this.pos;
        return this._delim(lenPos, utf8.write(value, this.buf, lenPos + 1));
      }
      var len = utf8.length(value);
      this.uint32(len);
      this._reserve(len);
      if (len === value.length)
        writeStringAscii(value, this.buf, this.pos);
      else
        utf8.write(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    Writer.prototype.uint32s = function write_uint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, p = lenPos + 1;
      for (var i = 0; i < n; ++i)
        p = writeVarint32(value[i] >>> 0, buf, p);
      return this._delim(lenPos, p - lenPos - 1);
    };
    Writer.prototype.int32s = function write_int32s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1, val;
      for (var i = 0; i < n; ++i) {
        if ((val = value[i] | 0) < 0) {
          pos = writeVarint64(LongBits.fromNumber(val), buf, pos);
        } else {
          pos = writeVarint32(val, buf, pos);
        }
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.sint32s = function write_sint32s(value) {
      var n = value.length;
      this._reserve(n * 5 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i)
        pos = writeVarint32((value[i] << 1 ^ value[i] >> 31) >>> 0, buf, pos);
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.uint64s = function write_uint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.int64s = Writer.prototype.uint64s;
    Writer.prototype.sint64s = function write_sint64s(value) {
      var n = value.length;
      this._reserve(n * 10 + 5);
      var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
      for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]).zzEncode(), buf, pos);
      }
      return this._delim(lenPos, pos - lenPos - 1);
    };
    Writer.prototype.bools = function write_bools(value) {
      var n = value.length;
      this.uint32(n);
      this._reserve(n);
      var buf = this.buf, p = this.pos;
      for (var i = 0; i < n; ++i)
        buf[p++] = value[i] ? 1 : 0;
      this.pos += n;
      return this;
    };
    var VIEW_THRESHOLD_FLOAT = 16;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(writer, count, threshold) {
      var view = writer.view;
      if (view || count < threshold)
        return view;
      var buf = writer.buf;
      return writer.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Writer.prototype.fixed32s = function write_fixed32s(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setUint32(p, value[i] >>> 0, true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          writeFixed32(value[i] >>> 0, buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed32s = Writer.prototype.fixed32s;
    Writer.prototype.fixed64s = function write_fixed64s(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, bits, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
      if (dv)
        for (i = 0; i < n; ++i) {
          bits = LongBits.from(value[i]);
          dv.setUint32(p, bits.lo, true);
          dv.setUint32(p + 4, bits.hi, true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          bits = LongBits.from(value[i]);
          writeFixed32(bits.lo, buf, p);
          writeFixed32(bits.hi, buf, p + 4);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.sfixed64s = Writer.prototype.fixed64s;
    Writer.prototype.floats = function write_floats(value) {
      var n = value.length, bytes = n * 4;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setFloat32(p, value[i], true);
          p += 4;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          util.float.writeFloatLE(value[i], buf, p);
          p += 4;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.doubles = function write_doubles(value) {
      var n = value.length, bytes = n * 8;
      this.uint32(bytes);
      this._reserve(bytes);
      var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (i = 0; i < n; ++i) {
          dv.setFloat64(p, value[i], true);
          p += 8;
        }
      else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) {
          util.float.writeDoubleLE(value[i], buf, p);
          p += 8;
        }
      }
      this.pos += bytes;
      return this;
    };
    Writer.prototype.fork = function fork() {
      this._reserve(1);
      (this.states || (this.states = [])).push(this.pos);
      this.pos += 1;
      return this;
    };
    Writer.prototype.reset = function reset() {
      var states = this.states;
      if (states && states.length) {
        this.pos = states.pop();
      } else {
        this.pos = 0;
      }
      return this;
    };
    Writer.prototype.ldelim = function ldelim() {
      var states = this.states, len, vlen;
      if (states && states.length) {
        var lenPos = states.pop();
        len = this.pos - lenPos - 1;
        vlen = sizeVarint32(len);
        if (vlen > 1) {
          this._reserve(vlen - 1);
          this.buf.copyWithin(lenPos + vlen, lenPos + 1, lenPos + 1 + len);
          this.pos += vlen - 1;
          writeVarint32(len, this.buf, lenPos);
        } else {
          this.buf[lenPos] = len;
        }
      } else {
        len = this.pos;
        vlen = sizeVarint32(len);
        this._reserve(vlen);
        this.buf.copyWithin(vlen, 0, len);
        writeVarint32(len, this.buf, 0);
        this.pos += vlen;
      }
      return this;
    };
    Writer.prototype.finish = function finish(shared) {
      if (shared)
        return this.buf.subarray(0, this.pos);
      var buf = this.constructor.alloc(this.pos);
      buf.set(this.buf.subarray(0, this.pos), 0);
      return buf;
    };
    Writer.prototype.finishInto = function finishInto(buf, offset) {
      if (offset === void 0)
        offset = 0;
      buf.set(this.buf.subarray(0, this.pos), offset);
      return buf;
    };
    Writer._configure = function(BufferWriter_) {
      BufferWriter = BufferWriter_;
      Writer.create = create();
      BufferWriter._configure();
    };
  }
});

// node_modules/protobufjs/src/writer_buffer.js
var require_writer_buffer = __commonJS({
  "node_modules/protobufjs/src/writer_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferWriter;
    var Writer = require_writer();
    BufferWriter.prototype = Object.create(Writer.prototype, {
      constructor: {
        value: BufferWriter,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util = require_minimal();
    function BufferWriter() {
      Writer.call(this);
    }
    var writeStringBuffer;
    BufferWriter._configure = function() {
      BufferWriter.alloc = util.Buffer && util.Buffer.allocUnsafe;
      writeStringBuffer = util.Buffer && util.Buffer.prototype.utf8Write ? function writeStringBuffer_utf8Write(val, buf, pos) {
        return buf.utf8Write(val, pos);
      } : function writeStringBuffer_write(val, buf, pos) {
        return buf.write(val, pos);
      };
    };
    BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
      if (util.isString(value))
        value = util.Buffer.from(value, "base64");
      var len = value.length >>> 0;
      this.uint32(len);
      if (len) {
        this._reserve(len);
        this.buf.set(value, this.pos);
        this.pos += len;
      }
      return this;
    };
    BufferWriter.prototype.string = function write_string_buffer(value) {
      var n = value.length;
      if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
      }
      if (n < 128) {
        this._reserve(n * 3 + 5);
        var pos = this.pos, buf = this.buf;
        return this._delim(
          pos,
          n < 40 ? util.utf8.write(value, buf, pos + 1) : writeStringBuffer(value, buf, pos + 1)
        );
      }
      var len = util.Buffer.byteLength(value);
      this.uint32(len);
      this._reserve(len);
      writeStringBuffer(value, this.buf, this.pos);
      this.pos += len;
      return this;
    };
    BufferWriter._configure();
  }
});

// node_modules/protobufjs/src/reader.js
var require_reader = __commonJS({
  "node_modules/protobufjs/src/reader.js"(exports, module) {
    "use strict";
    module.exports = Reader;
    var util = require_minimal();
    var BufferReader;
    var LongBits = util.LongBits;
    var utf8 = util.utf8;
    function indexOutOfRange(reader, writeLength) {
      return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
    }
    function Reader(buffer) {
      this.buf = buffer;
      this.pos = 0;
      this.len = buffer.length;
      this.view = null;
      this.discardUnknown = Reader.discardUnknown;
    }
    function create_array(buffer) {
      if (Array.isArray(buffer))
        buffer = new Uint8Array(buffer);
      if (buffer instanceof Uint8Array)
        return new Reader(buffer);
      throw Error("illegal buffer");
    }
    var create = function create2() {
      return util.Buffer ? function create_buffer_setup(buffer) {
        return (Reader.create = function create_buffer(buffer2) {
          return util.Buffer.isBuffer(buffer2) ? new BufferReader(buffer2) : create_array(buffer2);
        })(buffer);
      } : create_array;
    };
    Reader.create = create();
    Reader.prototype.raw = function read_raw(start, end) {
      return this.buf.subarray(start, end);
    };
    function readVarint32NearEnd(reader) {
      var value = 0;
      for (var i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
          throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
          return value;
      }
      throw indexOutOfRange(reader);
    }
    Reader.prototype.uint32 = function read_uint32() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      for (var i = 0; i < 5; ++i) {
        if (pos >= this.len) {
          this.pos = pos;
          throw indexOutOfRange(this);
        }
        if (buf[pos++] < 128) {
          this.pos = pos;
          return value;
        }
      }
      this.pos = pos;
      throw Error("invalid varint encoding");
    };
    Reader.prototype.tag = function read_tag() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 15) << 28) >>> 0;
      if (buf[pos] < 128 && (buf[pos] & 112) === 0) {
        this.pos = pos + 1;
        return value;
      }
      this.pos = pos + 1;
      throw Error("invalid tag encoding");
    };
    Reader.prototype.size = function read_size() {
      if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
          return readVarint32NearEnd(this);
      }
      var buf = this.buf, pos = this.pos, value = (buf[pos] & 127) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 7) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 14) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      value = (value | (buf[pos] & 127) << 21) >>> 0;
      if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
      }
      this.pos = pos + 1;
      if (buf[pos] > 7)
        throw Error("invalid length encoding");
      return (value | buf[pos] << 28) >>> 0;
    };
    Reader.prototype.int32 = function read_int32() {
      return this.uint32() | 0;
    };
    Reader.prototype.sint32 = function read_sint32() {
      var value = this.uint32();
      return value >>> 1 ^ -(value & 1) | 0;
    };
    function readLongVarint() {
      var bits = new LongBits(0, 0);
      var i = 0;
      if (this.len - this.pos > 4) {
        for (; i < 4; ++i) {
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >> 4) >>> 0;
        if (this.buf[this.pos++] < 128)
          return bits;
        i = 0;
      } else {
        for (; i < 4; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
        throw indexOutOfRange(this);
      }
      if (this.len - this.pos > 4) {
        for (; i < 5; ++i) {
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      } else {
        for (; i < 5; ++i) {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
          bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
          if (this.buf[this.pos++] < 128)
            return bits;
        }
      }
      throw Error("invalid varint encoding");
    }
    Reader.prototype.bool = function read_bool() {
      var value = false, b;
      for (var i = 0; i < 10; ++i) {
        if (this.pos >= this.len)
          throw indexOutOfRange(this);
        b = this.buf[this.pos++];
        if (b & 127)
          value = true;
        if (b < 128)
          return value;
      }
      throw Error("invalid varint encoding");
    };
    function readFixed32_end(buf, end) {
      return (buf[end - 4] | buf[end - 3] << 8 | buf[end - 2] << 16 | buf[end - 1] << 24) >>> 0;
    }
    Reader.prototype.fixed32 = function read_fixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4);
    };
    Reader.prototype.sfixed32 = function read_sfixed32() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      return readFixed32_end(this.buf, this.pos += 4) | 0;
    };
    function readFixed64() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);
      return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
    }
    Reader.prototype.float = function read_float() {
      if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readFloatLE(this.buf, this.pos);
      this.pos += 4;
      return value;
    };
    Reader.prototype.double = function read_double() {
      if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);
      var value = util.float.readDoubleLE(this.buf, this.pos);
      this.pos += 8;
      return value;
    };
    Reader.prototype.uint32s = function read_uint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.uint32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.int32s = function read_int32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value);
        else {
          this.pos = pos - 1;
          array.push(this.int32());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.sint32s = function read_sint32s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint32());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.bools = function read_bools(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (pos < end) {
        value = buf[pos++];
        if (value < 128)
          array.push(value !== 0);
        else {
          this.pos = pos - 1;
          array.push(this.bool());
          pos = this.pos;
        }
      }
      this.pos = pos;
      if (pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    var VIEW_THRESHOLD_FLOAT = 8;
    var VIEW_THRESHOLD_INT = 128;
    function getLazyView(reader, count, threshold) {
      var view = reader.view;
      if (view || count < threshold)
        return view;
      var buf = reader.buf;
      return reader.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    Reader.prototype.fixed32s = function read_fixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getUint32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.sfixed32s = function read_sfixed32s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getInt32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4) | 0;
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.floats = function read_floats(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 2, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getFloat32(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = util.float.readFloatLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 4);
      return array;
    };
    Reader.prototype.doubles = function read_doubles(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3, i = array.length, pos = this.pos;
      array.length = i + count;
      var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
      if (dv)
        for (var k = 0; k < count; ++k, pos += 8) array[i++] = dv.getFloat64(pos, true);
      else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 8) array[i++] = util.float.readDoubleLE(buf, pos);
      }
      this.pos = pos;
      if (pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.uint64s = function read_uint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.uint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.int64s = function read_int64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.int64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.sint64s = function read_sint64s(array) {
      if (array === void 0) array = [];
      var end = this.size() + this.pos, len = this.len;
      if (end > len) throw indexOutOfRange(this, end - this.pos);
      this.len = end;
      while (this.pos < end)
        array.push(this.sint64());
      if (this.pos !== end) throw RangeError("index out of range");
      this.len = len;
      return array;
    };
    Reader.prototype.fixed64s = function read_fixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3;
      array.length = i + count;
      for (var j = 0; j < count; ++j)
        array[i++] = this.fixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.sfixed64s = function read_sfixed64s(array) {
      if (array === void 0) array = [];
      var len = this.size(), end = this.pos + len, i = array.length;
      if (end > this.len) throw indexOutOfRange(this, len);
      var count = len >>> 3;
      array.length = i + count;
      for (var j = 0; j < count; ++j)
        array[i++] = this.sfixed64();
      if (this.pos !== end) throw indexOutOfRange(this, 8);
      return array;
    };
    Reader.prototype.bytes = function read_bytes() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return this.raw(start, end);
    };
    Reader.prototype.string = function read_string() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf8.read(this.buf, start, end);
    };
    Reader.prototype.stringVerify = function read_string_verify() {
      var length = this.size(), start = this.pos, end = this.pos + length;
      if (end > this.len)
        throw indexOutOfRange(this, length);
      this.pos = end;
      return utf8.readStrict(this.buf, start, end);
    };
    Reader.prototype.skip = function skip(length) {
      if (typeof length === "number") {
        if (this.pos + length > this.len)
          throw indexOutOfRange(this, length);
        this.pos += length;
      } else {
        do {
          if (this.pos >= this.len)
            throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
      }
      return this;
    };
    Reader.recursionLimit = util.recursionLimit;
    Reader.discardUnknown = true;
    Reader.prototype.skipType = function(wireType, depth, fieldNumber) {
      if (depth === void 0) depth = 0;
      if (depth > Reader.recursionLimit)
        throw Error("max depth exceeded");
      if (fieldNumber === 0)
        throw Error("illegal tag: field number 0");
      switch (wireType) {
        case 0:
          this.skip();
          break;
        case 1:
          this.skip(8);
          break;
        case 2:
          this.skip(this.size());
          break;
        case 3:
          while (true) {
            var tag = this.tag();
            var nestedField = tag >>> 3;
            wireType = tag & 7;
            if (!nestedField)
              throw Error("illegal tag: field number 0");
            if (wireType === 4) {
              if (fieldNumber !== void 0 && nestedField !== fieldNumber)
                throw Error("invalid end group tag");
              break;
            }
            this.skipType(wireType, depth + 1, nestedField);
          }
          break;
        case 5:
          this.skip(4);
          break;
        /* istanbul ignore next */
        default:
          throw Error("invalid wire type " + wireType + " at offset " + this.pos);
      }
      return this;
    };
    Reader._configure = function(BufferReader_) {
      BufferReader = BufferReader_;
      Reader.create = create();
      BufferReader._configure();
      var fn = util.Long ? "toLong" : (
        /* istanbul ignore next */
        "toNumber"
      );
      util.merge(Reader.prototype, {
        int64: function read_int64() {
          return readLongVarint.call(this)[fn](false);
        },
        uint64: function read_uint64() {
          return readLongVarint.call(this)[fn](true);
        },
        sint64: function read_sint64() {
          return readLongVarint.call(this).zzDecode()[fn](false);
        },
        fixed64: function read_fixed64() {
          return readFixed64.call(this)[fn](true);
        },
        sfixed64: function read_sfixed64() {
          return readFixed64.call(this)[fn](false);
        }
      });
    };
  }
});

// node_modules/protobufjs/src/reader_buffer.js
var require_reader_buffer = __commonJS({
  "node_modules/protobufjs/src/reader_buffer.js"(exports, module) {
    "use strict";
    module.exports = BufferReader;
    var Reader = require_reader();
    BufferReader.prototype = Object.create(Reader.prototype, {
      constructor: {
        value: BufferReader,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    var util = require_minimal();
    function BufferReader(buffer) {
      Reader.call(this, buffer);
    }
    BufferReader._configure = function() {
      if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
    };
    BufferReader.prototype.raw = function read_raw_buffer(start, end) {
      return this._slice.call(this.buf, start, end);
    };
    BufferReader.prototype.string = function read_string_buffer() {
      var len = this.size(), start = this.pos, end = this.pos + len;
      if (end > this.len)
        throw RangeError("index out of range: " + this.pos + " + " + len + " > " + this.len);
      this.pos = end;
      return this.buf.utf8Slice ? this.buf.utf8Slice(start, end) : this.buf.toString("utf-8", start, end);
    };
    BufferReader._configure();
  }
});

// node_modules/protobufjs/src/rpc/service.js
var require_service = __commonJS({
  "node_modules/protobufjs/src/rpc/service.js"(exports, module) {
    "use strict";
    module.exports = Service;
    var util = require_minimal();
    Service.prototype = Object.create(util.EventEmitter.prototype, {
      constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
      }
    });
    function Service(rpcImpl, requestDelimited, responseDelimited) {
      if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");
      util.EventEmitter.call(this);
      this.rpcImpl = rpcImpl;
      this.requestDelimited = Boolean(requestDelimited);
      this.responseDelimited = Boolean(responseDelimited);
    }
    Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {
      if (!request)
        throw TypeError("request must be specified");
      var self2 = this;
      if (!callback)
        return util.asPromise(rpcCall, self2, method, requestCtor, responseCtor, request);
      if (!self2.rpcImpl) {
        setTimeout(function() {
          callback(Error("already ended"));
        }, 0);
        return void 0;
      }
      try {
        return self2.rpcImpl(
          method,
          requestCtor[self2.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
          function rpcCallback(err, response) {
            if (err) {
              self2.emit("error", err, method);
              return callback(err);
            }
            if (response === null) {
              self2.end(
                /* endedByRPC */
                true
              );
              return void 0;
            }
            if (!(response instanceof responseCtor)) {
              try {
                response = responseCtor[self2.responseDelimited ? "decodeDelimited" : "decode"](response);
              } catch (err2) {
                self2.emit("error", err2, method);
                return callback(err2);
              }
            }
            self2.emit("data", response, method);
            return callback(null, response);
          }
        );
      } catch (err) {
        self2.emit("error", err, method);
        setTimeout(function() {
          callback(err);
        }, 0);
        return void 0;
      }
    };
    Service.prototype.end = function end(endedByRPC) {
      if (this.rpcImpl) {
        if (!endedByRPC)
          this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
      }
      return this;
    };
  }
});

// node_modules/protobufjs/src/rpc.js
var require_rpc = __commonJS({
  "node_modules/protobufjs/src/rpc.js"(exports) {
    "use strict";
    var rpc = exports;
    rpc.Service = require_service();
  }
});

// node_modules/protobufjs/src/roots.js
var require_roots = __commonJS({
  "node_modules/protobufjs/src/roots.js"(exports, module) {
    "use strict";
    module.exports = /* @__PURE__ */ Object.create(null);
  }
});

// node_modules/protobufjs/src/index-minimal.js
var require_index_minimal = __commonJS({
  "node_modules/protobufjs/src/index-minimal.js"(exports) {
    "use strict";
    exports.build = "minimal";
    exports.Writer = require_writer();
    exports.BufferWriter = require_writer_buffer();
    exports.Reader = require_reader();
    exports.BufferReader = require_reader_buffer();
    exports.util = require_minimal();
    exports.rpc = require_rpc();
    exports.roots = require_roots();
    exports.configure = configure;
    function configure() {
      exports.util.LongBits._configure(exports.util.Long);
      exports.Writer._configure(exports.BufferWriter);
      exports.Reader._configure(exports.BufferReader);
    }
    configure();
  }
});

// node_modules/protobufjs/minimal.js
var require_minimal2 = __commonJS({
  "node_modules/protobufjs/minimal.js"(exports, module) {
    "use strict";
    module.exports = require_index_minimal();
  }
});

// src/data/table.ts
var MAX_IN_FLIGHT = 2;
var BatchCollector = class {
  constructor(wanted, batchSize, handler, numeric = /* @__PURE__ */ new Set()) {
    this.wanted = wanted;
    this.batchSize = batchSize;
    this.handler = handler;
    this.numericAt = wanted.map((name) => numeric.has(name));
    this.batch = this.emptyBatch();
  }
  wanted;
  batchSize;
  handler;
  decoder = new TextDecoder();
  file = "";
  /** For each column of the file, its place among the wanted columns, or -1. */
  positions = [];
  batch;
  pending;
  /** Batches handed on and not yet finished, oldest first; the reader waits once there are MAX_IN_FLIGHT. */
  inFlight = [];
  failure;
  rows = 0;
  /** The batch's column arrays in `wanted` order: cells are written straight into them. */
  slots = [];
  /** For each wanted column, whether its text is read as a number (no string is made for a numeral). */
  numericAt;
  beginFile(file) {
    this.file = file;
  }
  header(columns) {
    const missing = this.wanted.filter((name) => !columns.includes(name));
    if (missing.length > 0) {
      throw new ConfigurationError(
        `${this.file} has no column ${missing.map((name) => `"${name}"`).join(", ")} (its columns: ${columns.slice(0, 30).join(", ")}${columns.length > 30 ? ", \u2026" : ""}); the model needs it: fix the data or the feature list`
      );
    }
    this.positions = columns.map((name) => this.wanted.indexOf(name));
  }
  addColumn(name) {
    this.positions.push(this.wanted.indexOf(name));
    return this.positions.length - 1;
  }
  beginRow() {
    for (const slot of this.slots) slot.push(null);
  }
  set(column, value) {
    const at = this.positions[column] ?? -1;
    if (at >= 0) this.slots[at][this.batch.size] = value;
  }
  text(column, bytes, start, end) {
    const at = this.positions[column] ?? -1;
    if (at < 0 || end === start) return;
    if (this.numericAt[at] === true) {
      const value = parseNumber(bytes, start, end);
      if (!Number.isNaN(value)) {
        this.set(column, value);
        return;
      }
    }
    this.set(column, this.decoder.decode(bytes.subarray(start, end)));
  }
  textString(column, value) {
    if (value !== "") this.set(column, value);
  }
  typed(column, value) {
    if (value === null) return;
    this.set(column, typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : String(value));
  }
  endRow(line) {
    this.batch.files.push(this.file);
    this.batch.lines.push(line);
    this.batch.size++;
    this.rows++;
    if (this.batch.size >= this.batchSize) this.flush();
  }
  /** Readers await this between chunks: it is how a slow handler slows the reading down. */
  drain() {
    if (this.failure !== void 0) throw this.failure;
    if (this.inFlight.length < MAX_IN_FLIGHT) return void 0;
    return (async () => {
      while (this.inFlight.length >= MAX_IN_FLIGHT) await this.inFlight[0];
    })();
  }
  flush() {
    if (this.batch.size === 0) return;
    const full = this.batch;
    this.batch = this.emptyBatch();
    const previous = this.pending ?? Promise.resolve();
    const done = previous.then(() => this.handler(full)).catch((error) => {
      this.failure ??= error;
    }).finally(() => {
      this.inFlight.shift();
    });
    this.inFlight.push(done);
    this.pending = done;
  }
  async finish() {
    this.flush();
    await this.pending;
    if (this.failure !== void 0) throw this.failure;
  }
  emptyBatch() {
    const batch = {
      columns: new Map(this.wanted.map((name) => [name, []])),
      files: [],
      lines: [],
      size: 0
    };
    this.slots = this.wanted.map((name) => batch.columns.get(name));
    return batch;
  }
};
async function readBatches(pattern, input, wanted, options, handler) {
  const files = await resolveDataFiles(pattern, input);
  const collector = new BatchCollector(wanted, options.batchSize, handler, options.numeric);
  for (const file of files) {
    collector.beginFile(file);
    await readDataFile(file, collector, options);
    collector.flush();
  }
  await collector.finish();
  return { rows: collector.rows, files };
}
async function readColumns(pattern, input, wanted, options) {
  const columns = new Map(wanted.map((name) => [name, []]));
  const result = await readBatches(pattern, input, wanted, { ...options, batchSize: 65536 }, (batch) => {
    for (const [name, values] of batch.columns) {
      const target = columns.get(name);
      for (const value of values) target.push(value);
    }
  });
  return { columns, ...result };
}
async function readColumnNames(pattern, input, options) {
  const [first] = await resolveDataFiles(pattern, input);
  const names = [];
  const visitor = {
    header: (columns) => {
      names.push(...columns);
    },
    addColumn: (name) => names.push(name) - 1,
    text: () => {
    },
    textString: () => {
    },
    typed: () => {
    },
    endRow: () => {
    }
  };
  await readDataFile(first, visitor, { ...options, maxRows: 1e3 });
  return names;
}

// src/model/features.ts
function cellNumber(cell) {
  if (cell === null) return Number.NaN;
  if (typeof cell === "number") return cell;
  const value = Number(cell);
  if (!Number.isNaN(value) && cell.trim() !== "") return value;
  return MISSING_TOKENS.test(cell) ? Number.NaN : void 0;
}
var MISSING_TOKENS = /^\s*(|nan|null|na|n\/a)\s*$/i;
function cellText(cell) {
  return cell === null ? "" : typeof cell === "number" ? String(cell) : cell;
}
function inferKind(values) {
  let seen = 0;
  for (const cell of values) {
    if (cell === null) continue;
    seen++;
    if (typeof cell === "string" && (/^(true|false)$/i.test(cell.trim()) || cellNumber(cell) === void 0)) {
      return "categorical";
    }
  }
  return seen === 0 ? "categorical" : "numeric";
}
function fitFeaturePlan(name, kind, values, options) {
  if (kind === "categorical") {
    const counts = /* @__PURE__ */ new Map();
    for (const cell of values) {
      const text = cellText(cell);
      if (text !== "") counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const vocabulary = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.maxCategories).map(([text]) => text).sort();
    return { name, kind, vocabulary };
  }
  let count = 0;
  let mean = 0;
  let m2 = 0;
  values.forEach((cell, row) => {
    const value = cellNumber(cell);
    if (value === void 0) {
      throw new ConfigurationError(
        `${options.describeRow(row)}: feature "${name}" is numeric but has the value "${shorten(String(cell), 40)}"; fix the value or declare the feature as a string in the schema`
      );
    }
    if (!Number.isFinite(value)) return;
    count++;
    const delta = value - mean;
    mean += delta / count;
    m2 += delta * (value - mean);
  });
  const std = count > 0 ? Math.sqrt(m2 / count) : 0;
  return { name, kind, mean: Math.fround(mean), std: Math.fround(std > 1e-12 ? std : 1), fill: Math.fround(mean) };
}
function planWidth(plan) {
  return plan.reduce((width, feature) => width + (feature.kind === "numeric" ? 1 : feature.vocabulary.length), 0);
}
function encodeRows(plan, columns, rows, describeRow) {
  const width = planWidth(plan);
  const matrix = new Float32Array(rows * width);
  let offset = 0;
  for (const feature of plan) {
    const values = columns.get(feature.name);
    if (values === void 0)
      throw new ConfigurationError(`the data has no column "${feature.name}", which the model needs`);
    if (feature.kind === "numeric") {
      const mean = Math.fround(feature.mean);
      const std = Math.fround(feature.std);
      for (let row = 0; row < rows; row++) {
        let value = cellNumber(values[row] ?? null);
        if (value === void 0) {
          throw new ConfigurationError(
            `${describeRow(row)}: feature "${feature.name}" must be a number, got "${shorten(String(values[row]), 40)}"`
          );
        }
        if (Number.isNaN(value)) value = feature.fill;
        matrix[row * width + offset] = Math.fround(Math.fround(Math.fround(value) - mean) / std);
      }
      offset += 1;
    } else {
      const index = new Map(feature.vocabulary.map((text, at) => [text, at]));
      for (let row = 0; row < rows; row++) {
        const at = index.get(cellText(values[row] ?? null));
        if (at !== void 0) matrix[row * width + offset + at] = 1;
      }
      offset += feature.vocabulary.length;
    }
  }
  return matrix;
}
function buildFeeds(bindings, columns, rows, describeRow) {
  const byTensor = /* @__PURE__ */ new Map();
  for (const binding of bindings) byTensor.set(binding.tensor, [...byTensor.get(binding.tensor) ?? [], binding]);
  const feeds = {};
  for (const [tensor, group] of byTensor) {
    const width = group.length;
    const dtype = group[0].dtype;
    const data = allocate(dtype, rows * width);
    group.forEach((binding, position) => {
      const column = binding.column ?? position;
      const values = columns.get(binding.feature);
      if (values === void 0)
        throw new ConfigurationError(`the data has no column "${binding.feature}", which the model needs`);
      if (Array.isArray(data)) {
        for (let row = 0; row < rows; row++) data[row * width + column] = cellText(values[row] ?? null);
        return;
      }
      for (let row = 0; row < rows; row++)
        writeNumber(data, row * width + column, values[row] ?? null, binding, row, describeRow);
    });
    feeds[tensor] = { dtype, data, dims: [rows, width] };
  }
  return feeds;
}
function allocate(dtype, size) {
  switch (dtype) {
    case "float32":
      return new Float32Array(size);
    case "float64":
      return new Float64Array(size);
    case "int64":
      return new BigInt64Array(size);
    case "int32":
      return new Int32Array(size);
    case "bool":
      return new Uint8Array(size);
    case "string":
      return new Array(size).fill("");
  }
}
function writeNumber(data, at, cell, binding, row, describeRow) {
  const value = cellNumber(cell);
  if (value === void 0) {
    throw new ConfigurationError(
      `${describeRow(row)}: feature "${binding.feature}" must be a number (model input ${binding.tensor} is ${binding.dtype}), got "${shorten(String(cell), 40)}"`
    );
  }
  if (data instanceof BigInt64Array) {
    if (!Number.isInteger(value)) {
      throw new ConfigurationError(
        `${describeRow(row)}: feature "${binding.feature}" must be an integer (model input ${binding.tensor} is int64), got "${shorten(String(cell), 40)}"`
      );
    }
    data[at] = BigInt(value);
  } else {
    data[at] = value;
  }
}

// src/model/signature.ts
var ELEM_TO_DTYPE = {
  float: "float32",
  double: "float64",
  int64: "int64",
  int32: "int32",
  string: "string",
  bool: "bool"
};
function bindInputs(info, features, numericFeatures) {
  const unsupported = info.inputs.find(
    (input) => input.elemType === null || ELEM_TO_DTYPE[input.elemType] === void 0
  );
  if (unsupported !== void 0) {
    throw new ConfigurationError(
      `model input "${unsupported.name}" has type ${unsupported.type}; supported: tensors of ${Object.keys(ELEM_TO_DTYPE).join(", ")}`
    );
  }
  const [only] = info.inputs;
  const packedWidth = only?.shape?.[1];
  if (info.inputs.length === 1 && only !== void 0 && typeof packedWidth === "number" && packedWidth > 1) {
    if (features.length !== packedWidth) {
      throw new ConfigurationError(
        `model.onnx takes one input "${only.name}" of ${packedWidth} columns; list its ${packedWidth} feature columns, in order, under train.features in mlops.yml (got ${features.length})`
      );
    }
    const dtype = ELEM_TO_DTYPE[only.elemType];
    return features.map((feature, column) => ({
      feature,
      tensor: only.name,
      dtype,
      shape: only.shape ?? [],
      kind: dtype === "string" ? "categorical" : "numeric",
      column
    }));
  }
  return info.inputs.map((input) => {
    const dtype = ELEM_TO_DTYPE[input.elemType];
    const numeric = dtype !== "string";
    return {
      feature: input.name,
      tensor: input.name,
      dtype,
      shape: input.shape ?? [],
      kind: numeric || numericFeatures.has(input.name) ? "numeric" : "categorical"
    };
  });
}
function tensorInfo(value) {
  return { name: value.name, dtype: value.elemType ?? value.type, shape: value.shape ?? [] };
}

// src/onnx/proto.ts
var import_minimal = __toESM(require_minimal2(), 1);
var OnnxFormatError = class extends ConfigurationError {
  constructor(source, problem) {
    super(`${source} is not a valid ONNX model: ${problem}`);
    this.source = source;
    this.problem = problem;
  }
  source;
  problem;
  name = "OnnxFormatError";
};
var WIRE_VARINT = 0;
var WIRE_I64 = 1;
var WIRE_LEN = 2;
var WIRE_I32 = 5;
var MODEL = {
  irVersion: 1,
  // ModelProto.ir_version (int64)
  producerName: 2,
  // ModelProto.producer_name (string)
  producerVersion: 3,
  // ModelProto.producer_version (string)
  domain: 4,
  // ModelProto.domain (string)
  modelVersion: 5,
  // ModelProto.model_version (int64)
  docString: 6,
  // ModelProto.doc_string (string)
  graph: 7,
  // ModelProto.graph (GraphProto)
  opsetImport: 8,
  // ModelProto.opset_import (repeated OperatorSetIdProto)
  metadataProps: 14
  // ModelProto.metadata_props (repeated StringStringEntryProto)
};
var OPSET_ID = {
  domain: 1,
  // OperatorSetIdProto.domain (string)
  version: 2
  // OperatorSetIdProto.version (int64)
};
var STRING_STRING_ENTRY = {
  key: 1,
  // StringStringEntryProto.key (string)
  value: 2
  // StringStringEntryProto.value (string)
};
var GRAPH = {
  node: 1,
  // GraphProto.node (repeated NodeProto)
  name: 2,
  // GraphProto.name (string)
  initializer: 5,
  // GraphProto.initializer (repeated TensorProto)
  docString: 10,
  // GraphProto.doc_string (string)
  input: 11,
  // GraphProto.input (repeated ValueInfoProto)
  output: 12,
  // GraphProto.output (repeated ValueInfoProto)
  valueInfo: 13,
  // GraphProto.value_info (repeated ValueInfoProto)
  sparseInitializer: 15
  // GraphProto.sparse_initializer (repeated SparseTensorProto)
};
var NODE = {
  input: 1,
  // NodeProto.input (repeated string)
  output: 2,
  // NodeProto.output (repeated string)
  name: 3,
  // NodeProto.name (string)
  opType: 4,
  // NodeProto.op_type (string)
  attribute: 5,
  // NodeProto.attribute (repeated AttributeProto)
  docString: 6,
  // NodeProto.doc_string (string)
  domain: 7
  // NodeProto.domain (string)
};
var ATTRIBUTE = {
  name: 1,
  // AttributeProto.name (string)
  f: 2,
  // AttributeProto.f (float)
  i: 3,
  // AttributeProto.i (int64)
  s: 4,
  // AttributeProto.s (bytes)
  t: 5,
  // AttributeProto.t (TensorProto)
  g: 6,
  // AttributeProto.g (GraphProto)
  floats: 7,
  // AttributeProto.floats (repeated float)
  ints: 8,
  // AttributeProto.ints (repeated int64)
  strings: 9,
  // AttributeProto.strings (repeated bytes)
  tensors: 10,
  // AttributeProto.tensors (repeated TensorProto)
  graphs: 11,
  // AttributeProto.graphs (repeated GraphProto)
  docString: 13,
  // AttributeProto.doc_string (string)
  tp: 14,
  // AttributeProto.tp (TypeProto)
  typeProtos: 15,
  // AttributeProto.type_protos (repeated TypeProto)
  type: 20,
  // AttributeProto.type (AttributeType enum)
  refAttrName: 21,
  // AttributeProto.ref_attr_name (string)
  sparseTensor: 22,
  // AttributeProto.sparse_tensor (SparseTensorProto)
  sparseTensors: 23
  // AttributeProto.sparse_tensors (repeated SparseTensorProto)
};
var AttributeType = {
  UNDEFINED: 0,
  FLOAT: 1,
  INT: 2,
  STRING: 3,
  TENSOR: 4,
  GRAPH: 5,
  FLOATS: 6,
  INTS: 7,
  STRINGS: 8,
  TENSORS: 9,
  GRAPHS: 10,
  SPARSE_TENSOR: 11,
  SPARSE_TENSORS: 12,
  TYPE_PROTO: 13,
  TYPE_PROTOS: 14
};
var VALUE_INFO = {
  name: 1,
  // ValueInfoProto.name (string)
  type: 2,
  // ValueInfoProto.type (TypeProto)
  docString: 3
  // ValueInfoProto.doc_string (string)
};
var TENSOR = {
  dims: 1,
  // TensorProto.dims (repeated int64)
  dataType: 2,
  // TensorProto.data_type (int32, DataType enum)
  floatData: 4,
  // TensorProto.float_data (repeated float, packed)
  int32Data: 5,
  // TensorProto.int32_data (repeated int32, packed)
  stringData: 6,
  // TensorProto.string_data (repeated bytes)
  int64Data: 7,
  // TensorProto.int64_data (repeated int64, packed)
  name: 8,
  // TensorProto.name (string)
  rawData: 9,
  // TensorProto.raw_data (bytes)
  doubleData: 10,
  // TensorProto.double_data (repeated double, packed)
  uint64Data: 11,
  // TensorProto.uint64_data (repeated uint64, packed)
  docString: 12,
  // TensorProto.doc_string (string)
  externalData: 13,
  // TensorProto.external_data (repeated StringStringEntryProto)
  dataLocation: 14
  // TensorProto.data_location (DataLocation enum)
};
var DataType = {
  UNDEFINED: 0,
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  UINT32: 12,
  UINT64: 13,
  COMPLEX64: 14,
  COMPLEX128: 15,
  BFLOAT16: 16,
  FLOAT8E4M3FN: 17,
  FLOAT8E4M3FNUZ: 18,
  FLOAT8E5M2: 19,
  FLOAT8E5M2FNUZ: 20,
  UINT4: 21,
  INT4: 22,
  FLOAT4E2M1: 23
};
var SPARSE_TENSOR = {
  values: 1,
  // SparseTensorProto.values (TensorProto)
  indices: 2,
  // SparseTensorProto.indices (TensorProto)
  dims: 3
  // SparseTensorProto.dims (repeated int64)
};
var SHAPE = {
  dim: 1
  // TensorShapeProto.dim (repeated Dimension)
};
var DIMENSION = {
  dimValue: 1,
  // TensorShapeProto.Dimension.dim_value (int64, oneof value)
  dimParam: 2,
  // TensorShapeProto.Dimension.dim_param (string, oneof value)
  denotation: 3
  // TensorShapeProto.Dimension.denotation (string)
};
var TYPE = {
  tensorType: 1,
  // TypeProto.tensor_type (TypeProto.Tensor, oneof value)
  sequenceType: 4,
  // TypeProto.sequence_type (TypeProto.Sequence, oneof value)
  mapType: 5,
  // TypeProto.map_type (TypeProto.Map, oneof value)
  denotation: 6,
  // TypeProto.denotation (string)
  sparseTensorType: 8,
  // TypeProto.sparse_tensor_type (TypeProto.SparseTensor, oneof value)
  optionalType: 9
  // TypeProto.optional_type (TypeProto.Optional, oneof value)
};
var TENSOR_TYPE = {
  elemType: 1,
  // TypeProto.Tensor.elem_type and TypeProto.SparseTensor.elem_type (int32)
  shape: 2
  // TypeProto.Tensor.shape and TypeProto.SparseTensor.shape (TensorShapeProto)
};
var SEQUENCE_TYPE = {
  elemType: 1
  // TypeProto.Sequence.elem_type and TypeProto.Optional.elem_type (TypeProto)
};
var MAP_TYPE = {
  keyType: 1,
  // TypeProto.Map.key_type (int32)
  valueType: 2
  // TypeProto.Map.value_type (TypeProto)
};
function emptyModel() {
  return {
    irVersion: 0,
    opsetImport: [],
    producerName: "",
    producerVersion: "",
    domain: "",
    modelVersion: 0,
    docString: "",
    metadataProps: []
  };
}
function emptyGraph() {
  return {
    node: [],
    name: "",
    initializer: [],
    sparseInitializer: [],
    docString: "",
    input: [],
    output: [],
    valueInfo: []
  };
}
function emptyNode() {
  return { input: [], output: [], name: "", opType: "", domain: "", attribute: [], docString: "" };
}
function emptyAttribute() {
  return {
    name: "",
    refAttrName: "",
    docString: "",
    type: AttributeType.UNDEFINED,
    floats: [],
    ints: [],
    strings: [],
    tensors: [],
    graphs: [],
    sparseTensors: [],
    typeProtos: []
  };
}
function emptyTensor() {
  return {
    dims: [],
    dataType: DataType.UNDEFINED,
    floatData: [],
    int32Data: [],
    stringData: [],
    int64Data: [],
    name: "",
    docString: "",
    doubleData: [],
    uint64Data: [],
    externalData: [],
    dataLocation: 0
  };
}
function encodeModel(model) {
  const writer = import_minimal.default.Writer.create();
  writeModel(writer, model);
  return writer.finish();
}
function writeTag(w, field, wire) {
  return w.uint32((field << 3 | wire) >>> 0);
}
function writeString(w, field, value) {
  if (value !== "") writeTag(w, field, WIRE_LEN).string(value);
}
function writeBytes(w, field, value) {
  writeTag(w, field, WIRE_LEN).bytes(value);
}
function checkedInt64(value) {
  if (!Number.isSafeInteger(value)) throw new RangeError(`an ONNX int64 field cannot hold ${value}`);
  return value;
}
function writeInt64(w, field, value) {
  if (value !== 0) writeTag(w, field, WIRE_VARINT).int64(checkedInt64(value));
}
function writeInt32(w, field, value) {
  if (value !== 0) writeTag(w, field, WIRE_VARINT).int32(value);
}
function writeMessage(w, field, value, write) {
  writeTag(w, field, WIRE_LEN);
  w.fork();
  write(w, value);
  w.ldelim();
}
function writeMessages(w, field, values, write) {
  for (const value of values) writeMessage(w, field, value, write);
}
function writeUnpackedInt64s(w, field, values) {
  for (const value of values) writeTag(w, field, WIRE_VARINT).int64(checkedInt64(value));
}
function writePackedVarints(w, field, values, signed32) {
  if (values.length === 0) return;
  writeTag(w, field, WIRE_LEN);
  w.fork();
  for (const value of values) {
    if (signed32) w.int32(value);
    else w.int64(checkedInt64(value));
  }
  w.ldelim();
}
function writeModel(w, m) {
  writeInt64(w, MODEL.irVersion, m.irVersion);
  writeString(w, MODEL.producerName, m.producerName);
  writeString(w, MODEL.producerVersion, m.producerVersion);
  writeString(w, MODEL.domain, m.domain);
  writeInt64(w, MODEL.modelVersion, m.modelVersion);
  writeString(w, MODEL.docString, m.docString);
  writeMessages(w, MODEL.opsetImport, m.opsetImport, writeOpsetId);
  writeMessages(w, MODEL.metadataProps, m.metadataProps, writeStringStringEntry);
  if (m.graph !== void 0) writeMessage(w, MODEL.graph, m.graph, writeGraph);
}
function writeOpsetId(w, o) {
  writeString(w, OPSET_ID.domain, o.domain);
  writeInt64(w, OPSET_ID.version, o.version);
}
function writeStringStringEntry(w, e) {
  writeString(w, STRING_STRING_ENTRY.key, e.key);
  writeString(w, STRING_STRING_ENTRY.value, e.value);
}
function writeGraph(w, g) {
  writeMessages(w, GRAPH.node, g.node, writeNode);
  writeString(w, GRAPH.name, g.name);
  writeMessages(w, GRAPH.initializer, g.initializer, writeTensor);
  writeString(w, GRAPH.docString, g.docString);
  writeMessages(w, GRAPH.input, g.input, writeValueInfo);
  writeMessages(w, GRAPH.output, g.output, writeValueInfo);
  writeMessages(w, GRAPH.valueInfo, g.valueInfo, writeValueInfo);
  writeMessages(w, GRAPH.sparseInitializer, g.sparseInitializer, writeSparseTensor);
}
function writeNode(w, n) {
  for (const input of n.input) writeTag(w, NODE.input, WIRE_LEN).string(input);
  for (const output of n.output) writeTag(w, NODE.output, WIRE_LEN).string(output);
  writeString(w, NODE.name, n.name);
  writeString(w, NODE.opType, n.opType);
  writeMessages(w, NODE.attribute, n.attribute, writeAttribute);
  writeString(w, NODE.docString, n.docString);
  writeString(w, NODE.domain, n.domain);
}
function writeAttribute(w, a) {
  writeString(w, ATTRIBUTE.name, a.name);
  if (a.f !== void 0) writeTag(w, ATTRIBUTE.f, WIRE_I32).float(a.f);
  if (a.i !== void 0) writeTag(w, ATTRIBUTE.i, WIRE_VARINT).int64(checkedInt64(a.i));
  if (a.s !== void 0) writeBytes(w, ATTRIBUTE.s, a.s);
  if (a.t !== void 0) writeMessage(w, ATTRIBUTE.t, a.t, writeTensor);
  if (a.g !== void 0) writeMessage(w, ATTRIBUTE.g, a.g, writeGraph);
  for (const f of a.floats) writeTag(w, ATTRIBUTE.floats, WIRE_I32).float(f);
  writeUnpackedInt64s(w, ATTRIBUTE.ints, a.ints);
  for (const s of a.strings) writeBytes(w, ATTRIBUTE.strings, s);
  writeMessages(w, ATTRIBUTE.tensors, a.tensors, writeTensor);
  writeMessages(w, ATTRIBUTE.graphs, a.graphs, writeGraph);
  writeString(w, ATTRIBUTE.docString, a.docString);
  if (a.tp !== void 0) writeMessage(w, ATTRIBUTE.tp, a.tp, writeType);
  writeMessages(w, ATTRIBUTE.typeProtos, a.typeProtos, writeType);
  writeInt32(w, ATTRIBUTE.type, a.type);
  writeString(w, ATTRIBUTE.refAttrName, a.refAttrName);
  if (a.sparseTensor !== void 0) writeMessage(w, ATTRIBUTE.sparseTensor, a.sparseTensor, writeSparseTensor);
  writeMessages(w, ATTRIBUTE.sparseTensors, a.sparseTensors, writeSparseTensor);
}
function writeTensor(w, t) {
  writeUnpackedInt64s(w, TENSOR.dims, t.dims);
  writeInt32(w, TENSOR.dataType, t.dataType);
  if (t.floatData.length > 0) writeTag(w, TENSOR.floatData, WIRE_LEN).floats(t.floatData);
  writePackedVarints(w, TENSOR.int32Data, t.int32Data, true);
  for (const s of t.stringData) writeBytes(w, TENSOR.stringData, s);
  writePackedVarints(w, TENSOR.int64Data, t.int64Data, false);
  writeString(w, TENSOR.name, t.name);
  if (t.rawData !== void 0) writeBytes(w, TENSOR.rawData, t.rawData);
  if (t.doubleData.length > 0) writeTag(w, TENSOR.doubleData, WIRE_LEN).doubles(t.doubleData);
  writePackedVarints(w, TENSOR.uint64Data, t.uint64Data, false);
  writeString(w, TENSOR.docString, t.docString);
  writeMessages(w, TENSOR.externalData, t.externalData, writeStringStringEntry);
  writeInt32(w, TENSOR.dataLocation, t.dataLocation);
}
function writeSparseTensor(w, s) {
  if (s.values !== void 0) writeMessage(w, SPARSE_TENSOR.values, s.values, writeTensor);
  if (s.indices !== void 0) writeMessage(w, SPARSE_TENSOR.indices, s.indices, writeTensor);
  writeUnpackedInt64s(w, SPARSE_TENSOR.dims, s.dims);
}
function writeValueInfo(w, v) {
  writeString(w, VALUE_INFO.name, v.name);
  if (v.type !== void 0) writeMessage(w, VALUE_INFO.type, v.type, writeType);
  writeString(w, VALUE_INFO.docString, v.docString);
}
function writeType(w, t) {
  const value = t.value;
  if (value !== void 0) {
    switch (value.kind) {
      case "tensor":
        writeMessage(w, TYPE.tensorType, value, writeTensorType);
        break;
      case "sparse_tensor":
        writeMessage(w, TYPE.sparseTensorType, value, writeTensorType);
        break;
      case "sequence":
        writeMessage(w, TYPE.sequenceType, value.elemType, writeElemTypeWrapper);
        break;
      case "optional":
        writeMessage(w, TYPE.optionalType, value.elemType, writeElemTypeWrapper);
        break;
      case "map":
        writeMessage(w, TYPE.mapType, value, (mw, map) => {
          writeInt32(mw, MAP_TYPE.keyType, map.keyType);
          if (map.valueType !== void 0) writeMessage(mw, MAP_TYPE.valueType, map.valueType, writeType);
        });
        break;
    }
  }
  writeString(w, TYPE.denotation, t.denotation);
}
function writeTensorType(w, t) {
  writeInt32(w, TENSOR_TYPE.elemType, t.elemType);
  if (t.shape !== void 0) writeMessage(w, TENSOR_TYPE.shape, t.shape, writeShape);
}
function writeElemTypeWrapper(w, elemType) {
  if (elemType !== void 0) writeMessage(w, SEQUENCE_TYPE.elemType, elemType, writeType);
}
function writeShape(w, s) {
  writeMessages(w, SHAPE.dim, s.dim, (dw, d) => {
    if (d.dimValue !== void 0) writeTag(dw, DIMENSION.dimValue, WIRE_VARINT).int64(checkedInt64(d.dimValue));
    else if (d.dimParam !== void 0) writeTag(dw, DIMENSION.dimParam, WIRE_LEN).string(d.dimParam);
    writeString(dw, DIMENSION.denotation, d.denotation);
  });
}
var MAX_DEPTH = 100;
var WireError = class extends Error {
};
function decodeModel(bytes, source = "the model") {
  if (bytes.length === 0) throw new OnnxFormatError(source, "the file is empty");
  const reader = import_minimal.default.Reader.create(bytes);
  let model;
  try {
    model = readMessage(reader, bytes.length, 0, "ModelProto", emptyModel(), readModelField);
  } catch (error) {
    if (error instanceof WireError) throw new OnnxFormatError(source, error.message);
    if (error instanceof RangeError && error.message.startsWith("index out of range")) {
      throw new OnnxFormatError(
        source,
        `it is truncated or corrupt: a value at byte ${reader.pos} runs past the end of the file (${bytes.length} bytes)`
      );
    }
    if (error instanceof RangeError || error instanceof Error && error.constructor === Error) {
      throw new OnnxFormatError(source, `corrupt protobuf near byte ${reader.pos} (${error.message})`);
    }
    throw error;
  }
  if (model.irVersion < 1) throw new OnnxFormatError(source, "it has no ir_version");
  if (model.graph === void 0) throw new OnnxFormatError(source, "it has no graph");
  if (model.irVersion >= 3 && model.opsetImport.length === 0) {
    throw new OnnxFormatError(source, "it imports no operator set (opset_import is empty)");
  }
  return model;
}
function readMessage(r, end, depth, message, target, readField) {
  if (depth > MAX_DEPTH) throw new WireError(`messages are nested more than ${MAX_DEPTH} deep`);
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.tag();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 0) throw new WireError(`field number 0 in ${message} at byte ${start}`);
    if (!readField(r, field, wire, target, depth)) skipField(r, wire, message, field, start);
    if (r.pos > end) throw new WireError(`field ${field} of ${message} at byte ${start} overruns its message`);
  }
  return target;
}
function skipField(r, wire, message, field, start) {
  switch (wire) {
    case WIRE_VARINT:
      r.skip();
      return;
    case WIRE_I64:
      r.skip(8);
      return;
    case WIRE_LEN:
      r.skip(r.size());
      return;
    case WIRE_I32:
      r.skip(4);
      return;
    default:
      throw new WireError(`field ${field} of ${message} at byte ${start} has unsupported wire type ${wire}`);
  }
}
function expectWire(actual, expected, message, field) {
  if (actual !== expected) {
    throw new WireError(`field ${field} of ${message} has wire type ${actual}, expected ${expected}`);
  }
}
function nestedEnd(r) {
  const length = r.size();
  const end = r.pos + length;
  if (end > r.len) {
    throw new WireError(`a length prefix at byte ${r.pos} claims ${length} bytes but only ${r.len - r.pos} remain`);
  }
  return end;
}
function readNested(r, wire, depth, message, target, read) {
  if (wire !== WIRE_LEN) throw new WireError(`a ${message} arrived with wire type ${wire}, expected ${WIRE_LEN}`);
  const end = nestedEnd(r);
  readMessage(r, end, depth + 1, message, target, read);
  return target;
}
function toSafeNumber(value) {
  return typeof value === "number" ? value : import_minimal.default.util.LongBits.from(value).toNumber(false);
}
function readInt64(r, wire, message, field) {
  expectWire(wire, WIRE_VARINT, message, field);
  return toSafeNumber(r.int64());
}
function readInt32(r, wire, message, field) {
  expectWire(wire, WIRE_VARINT, message, field);
  return r.int32();
}
function readString(r, wire, message, field) {
  expectWire(wire, WIRE_LEN, message, field);
  return r.string();
}
function readBytes(r, wire, message, field) {
  expectWire(wire, WIRE_LEN, message, field);
  return new Uint8Array(r.bytes());
}
function readVarints(r, wire, message, field, into, int64) {
  const readOne = () => int64 ? toSafeNumber(r.int64()) : r.int32();
  if (wire === WIRE_VARINT) {
    into.push(readOne());
    return;
  }
  expectWire(wire, WIRE_LEN, message, field);
  const end = nestedEnd(r);
  while (r.pos < end) into.push(readOne());
  if (r.pos !== end) throw new WireError(`packed field ${field} of ${message} overruns its length`);
}
function readFixeds(r, wire, message, field, into, double) {
  const width = double ? 8 : 4;
  if (wire === (double ? WIRE_I64 : WIRE_I32)) {
    into.push(double ? r.double() : r.float());
    return;
  }
  expectWire(wire, WIRE_LEN, message, field);
  const end = nestedEnd(r);
  if ((end - r.pos) % width !== 0) throw new WireError(`packed field ${field} of ${message} has a partial value`);
  while (r.pos < end) into.push(double ? r.double() : r.float());
}
var readModelField = (r, field, wire, m, depth) => {
  const name = "ModelProto";
  switch (field) {
    case MODEL.irVersion:
      m.irVersion = readInt64(r, wire, name, field);
      return true;
    case MODEL.producerName:
      m.producerName = readString(r, wire, name, field);
      return true;
    case MODEL.producerVersion:
      m.producerVersion = readString(r, wire, name, field);
      return true;
    case MODEL.domain:
      m.domain = readString(r, wire, name, field);
      return true;
    case MODEL.modelVersion:
      m.modelVersion = readInt64(r, wire, name, field);
      return true;
    case MODEL.docString:
      m.docString = readString(r, wire, name, field);
      return true;
    case MODEL.graph:
      m.graph = readNested(r, wire, depth, "GraphProto", m.graph ?? emptyGraph(), readGraphField);
      return true;
    case MODEL.opsetImport:
      m.opsetImport.push(readNested(r, wire, depth, "OperatorSetIdProto", { domain: "", version: 0 }, readOpsetField));
      return true;
    case MODEL.metadataProps:
      m.metadataProps.push(readStringStringEntry(r, wire, depth));
      return true;
    default:
      return false;
  }
};
var readOpsetField = (r, field, wire, o) => {
  if (field === OPSET_ID.domain) o.domain = readString(r, wire, "OperatorSetIdProto", field);
  else if (field === OPSET_ID.version) o.version = readInt64(r, wire, "OperatorSetIdProto", field);
  else return false;
  return true;
};
function readStringStringEntry(r, wire, depth) {
  const name = "StringStringEntryProto";
  return readNested(r, wire, depth, name, { key: "", value: "" }, (fr, field, fwire, e) => {
    if (field === STRING_STRING_ENTRY.key) e.key = readString(fr, fwire, name, field);
    else if (field === STRING_STRING_ENTRY.value) e.value = readString(fr, fwire, name, field);
    else return false;
    return true;
  });
}
var readGraphField = (r, field, wire, g, depth) => {
  const name = "GraphProto";
  switch (field) {
    case GRAPH.node:
      g.node.push(readNested(r, wire, depth, "NodeProto", emptyNode(), readNodeField));
      return true;
    case GRAPH.name:
      g.name = readString(r, wire, name, field);
      return true;
    case GRAPH.initializer:
      g.initializer.push(readNested(r, wire, depth, "TensorProto", emptyTensor(), readTensorField));
      return true;
    case GRAPH.sparseInitializer:
      g.sparseInitializer.push(readSparseTensor(r, wire, depth));
      return true;
    case GRAPH.docString:
      g.docString = readString(r, wire, name, field);
      return true;
    case GRAPH.input:
      g.input.push(readValueInfo(r, wire, depth));
      return true;
    case GRAPH.output:
      g.output.push(readValueInfo(r, wire, depth));
      return true;
    case GRAPH.valueInfo:
      g.valueInfo.push(readValueInfo(r, wire, depth));
      return true;
    default:
      return false;
  }
};
var readNodeField = (r, field, wire, n, depth) => {
  const name = "NodeProto";
  switch (field) {
    case NODE.input:
      n.input.push(readString(r, wire, name, field));
      return true;
    case NODE.output:
      n.output.push(readString(r, wire, name, field));
      return true;
    case NODE.name:
      n.name = readString(r, wire, name, field);
      return true;
    case NODE.opType:
      n.opType = readString(r, wire, name, field);
      return true;
    case NODE.domain:
      n.domain = readString(r, wire, name, field);
      return true;
    case NODE.attribute:
      n.attribute.push(readNested(r, wire, depth, "AttributeProto", emptyAttribute(), readAttributeField));
      return true;
    case NODE.docString:
      n.docString = readString(r, wire, name, field);
      return true;
    default:
      return false;
  }
};
var readAttributeField = (r, field, wire, a, depth) => {
  const name = "AttributeProto";
  switch (field) {
    case ATTRIBUTE.name:
      a.name = readString(r, wire, name, field);
      return true;
    case ATTRIBUTE.refAttrName:
      a.refAttrName = readString(r, wire, name, field);
      return true;
    case ATTRIBUTE.docString:
      a.docString = readString(r, wire, name, field);
      return true;
    case ATTRIBUTE.type:
      a.type = readInt32(r, wire, name, field);
      return true;
    case ATTRIBUTE.f:
      expectWire(wire, WIRE_I32, name, field);
      a.f = r.float();
      return true;
    case ATTRIBUTE.i:
      a.i = readInt64(r, wire, name, field);
      return true;
    case ATTRIBUTE.s:
      a.s = readBytes(r, wire, name, field);
      return true;
    case ATTRIBUTE.t:
      a.t = readNested(r, wire, depth, "TensorProto", a.t ?? emptyTensor(), readTensorField);
      return true;
    case ATTRIBUTE.g:
      a.g = readNested(r, wire, depth, "GraphProto", a.g ?? emptyGraph(), readGraphField);
      return true;
    case ATTRIBUTE.sparseTensor:
      a.sparseTensor = readSparseTensor(r, wire, depth);
      return true;
    case ATTRIBUTE.tp:
      a.tp = readType(r, wire, depth);
      return true;
    case ATTRIBUTE.floats:
      readFixeds(r, wire, name, field, a.floats, false);
      return true;
    case ATTRIBUTE.ints:
      readVarints(r, wire, name, field, a.ints, true);
      return true;
    case ATTRIBUTE.strings:
      a.strings.push(readBytes(r, wire, name, field));
      return true;
    case ATTRIBUTE.tensors:
      a.tensors.push(readNested(r, wire, depth, "TensorProto", emptyTensor(), readTensorField));
      return true;
    case ATTRIBUTE.graphs:
      a.graphs.push(readNested(r, wire, depth, "GraphProto", emptyGraph(), readGraphField));
      return true;
    case ATTRIBUTE.sparseTensors:
      a.sparseTensors.push(readSparseTensor(r, wire, depth));
      return true;
    case ATTRIBUTE.typeProtos:
      a.typeProtos.push(readType(r, wire, depth));
      return true;
    default:
      return false;
  }
};
var readTensorField = (r, field, wire, t, depth) => {
  const name = "TensorProto";
  switch (field) {
    case TENSOR.dims:
      readVarints(r, wire, name, field, t.dims, true);
      return true;
    case TENSOR.dataType:
      t.dataType = readInt32(r, wire, name, field);
      return true;
    case TENSOR.floatData:
      readFixeds(r, wire, name, field, t.floatData, false);
      return true;
    case TENSOR.int32Data:
      readVarints(r, wire, name, field, t.int32Data, false);
      return true;
    case TENSOR.stringData:
      t.stringData.push(readBytes(r, wire, name, field));
      return true;
    case TENSOR.int64Data:
      readVarints(r, wire, name, field, t.int64Data, true);
      return true;
    case TENSOR.name:
      t.name = readString(r, wire, name, field);
      return true;
    case TENSOR.rawData:
      t.rawData = readBytes(r, wire, name, field);
      return true;
    case TENSOR.doubleData:
      readFixeds(r, wire, name, field, t.doubleData, true);
      return true;
    case TENSOR.uint64Data:
      readVarints(r, wire, name, field, t.uint64Data, true);
      return true;
    case TENSOR.docString:
      t.docString = readString(r, wire, name, field);
      return true;
    case TENSOR.externalData:
      t.externalData.push(readStringStringEntry(r, wire, depth));
      return true;
    case TENSOR.dataLocation:
      t.dataLocation = readInt32(r, wire, name, field);
      return true;
    default:
      return false;
  }
};
function readSparseTensor(r, wire, depth) {
  const name = "SparseTensorProto";
  const target = { dims: [] };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, s, fdepth) => {
    if (field === SPARSE_TENSOR.values) {
      s.values = readNested(fr, fwire, fdepth, "TensorProto", s.values ?? emptyTensor(), readTensorField);
    } else if (field === SPARSE_TENSOR.indices) {
      s.indices = readNested(fr, fwire, fdepth, "TensorProto", s.indices ?? emptyTensor(), readTensorField);
    } else if (field === SPARSE_TENSOR.dims) {
      readVarints(fr, fwire, name, field, s.dims, true);
    } else {
      return false;
    }
    return true;
  });
}
function readValueInfo(r, wire, depth) {
  const name = "ValueInfoProto";
  const target = { name: "", docString: "" };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, v, fdepth) => {
    if (field === VALUE_INFO.name) v.name = readString(fr, fwire, name, field);
    else if (field === VALUE_INFO.type) v.type = readType(fr, fwire, fdepth);
    else if (field === VALUE_INFO.docString) v.docString = readString(fr, fwire, name, field);
    else return false;
    return true;
  });
}
function readType(r, wire, depth) {
  const name = "TypeProto";
  const target = { denotation: "" };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, t, fdepth) => {
    switch (field) {
      case TYPE.tensorType:
        t.value = { kind: "tensor", ...readTensorType(fr, fwire, fdepth, "TypeProto.Tensor") };
        return true;
      case TYPE.sparseTensorType:
        t.value = { kind: "sparse_tensor", ...readTensorType(fr, fwire, fdepth, "TypeProto.SparseTensor") };
        return true;
      case TYPE.sequenceType: {
        const elemType = readElemTypeWrapper(fr, fwire, fdepth, "TypeProto.Sequence");
        t.value = elemType === void 0 ? { kind: "sequence" } : { kind: "sequence", elemType };
        return true;
      }
      case TYPE.optionalType: {
        const elemType = readElemTypeWrapper(fr, fwire, fdepth, "TypeProto.Optional");
        t.value = elemType === void 0 ? { kind: "optional" } : { kind: "optional", elemType };
        return true;
      }
      case TYPE.mapType:
        t.value = readMapType(fr, fwire, fdepth);
        return true;
      case TYPE.denotation:
        t.denotation = readString(fr, fwire, name, field);
        return true;
      default:
        return false;
    }
  });
}
function readTensorType(r, wire, depth, name) {
  const target = { elemType: 0 };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, t, fdepth) => {
    if (field === TENSOR_TYPE.elemType) t.elemType = readInt32(fr, fwire, name, field);
    else if (field === TENSOR_TYPE.shape) t.shape = readShape(fr, fwire, fdepth, t.shape);
    else return false;
    return true;
  });
}
function readElemTypeWrapper(r, wire, depth, name) {
  const target = {};
  readNested(r, wire, depth, name, target, (fr, field, fwire, t, fdepth) => {
    if (field !== SEQUENCE_TYPE.elemType) return false;
    t.elemType = readType(fr, fwire, fdepth);
    return true;
  });
  return target.elemType;
}
function readMapType(r, wire, depth) {
  const name = "TypeProto.Map";
  const target = { keyType: 0 };
  readNested(r, wire, depth, name, target, (fr, field, fwire, m, fdepth) => {
    if (field === MAP_TYPE.keyType) m.keyType = readInt32(fr, fwire, name, field);
    else if (field === MAP_TYPE.valueType) m.valueType = readType(fr, fwire, fdepth);
    else return false;
    return true;
  });
  return target.valueType === void 0 ? { kind: "map", keyType: target.keyType } : { kind: "map", keyType: target.keyType, valueType: target.valueType };
}
function readShape(r, wire, depth, into) {
  const name = "TensorShapeProto";
  return readNested(r, wire, depth, name, into ?? { dim: [] }, (fr, field, fwire, s, fdepth) => {
    if (field !== SHAPE.dim) return false;
    s.dim.push(readDimension(fr, fwire, fdepth));
    return true;
  });
}
function readDimension(r, wire, depth) {
  const name = "TensorShapeProto.Dimension";
  const target = { denotation: "" };
  return readNested(r, wire, depth, name, target, (fr, field, fwire, d) => {
    if (field === DIMENSION.dimValue) {
      delete d.dimParam;
      d.dimValue = readInt64(fr, fwire, name, field);
    } else if (field === DIMENSION.dimParam) {
      delete d.dimValue;
      d.dimParam = readString(fr, fwire, name, field);
    } else if (field === DIMENSION.denotation) {
      d.denotation = readString(fr, fwire, name, field);
    } else {
      return false;
    }
    return true;
  });
}

// src/onnx/inspect.ts
var ELEM_TYPE_NAMES = [
  "undefined",
  "float",
  "uint8",
  "int8",
  "uint16",
  "int16",
  "int32",
  "int64",
  "string",
  "bool",
  "float16",
  "double",
  "uint32",
  "uint64",
  "complex64",
  "complex128",
  "bfloat16",
  "float8e4m3fn",
  "float8e4m3fnuz",
  "float8e5m2",
  "float8e5m2fnuz",
  "uint4",
  "int4",
  "float4e2m1"
];
function elemTypeName(code) {
  return (Number.isInteger(code) ? ELEM_TYPE_NAMES[code] : void 0) ?? `unknown(${code})`;
}
function inspectOnnx(bytes, source = "the model") {
  const model = decodeModel(bytes, source);
  const fail = (problem) => {
    throw new OnnxFormatError(source, problem);
  };
  const graph = model.graph ?? fail("it has no graph");
  const unnamed = [...graph.input, ...graph.output].findIndex((v) => v.name === "");
  if (unnamed >= 0) fail("a graph input or output has no name");
  const typeless = graph.node.findIndex((n) => n.opType === "");
  if (typeless >= 0) fail(`node ${typeless} of the graph has no op_type`);
  const constants = /* @__PURE__ */ new Set([
    ...graph.initializer.map((t) => t.name),
    ...graph.sparseInitializer.map((s) => s.values?.name ?? "")
  ]);
  const opTypes = /* @__PURE__ */ new Set();
  collectOpTypes(graph, opTypes);
  return {
    irVersion: model.irVersion,
    producerName: model.producerName,
    producerVersion: model.producerVersion,
    modelVersion: model.modelVersion,
    graphName: graph.name,
    opsets: model.opsetImport.map((o) => ({ domain: o.domain, version: o.version })),
    inputs: graph.input.filter((v) => !constants.has(v.name)).map(describeValue),
    outputs: graph.output.map(describeValue),
    // fromEntries defines own properties, so a hostile '__proto__' key stays a plain key; the last duplicate wins.
    metadata: Object.fromEntries(model.metadataProps.map((e) => [e.key, e.value])),
    nodeCount: graph.node.length,
    opTypes: [...opTypes].sort()
  };
}
function collectOpTypes(graph, into) {
  for (const node of graph.node) {
    const defaultDomain = node.domain === "" || node.domain === "ai.onnx";
    into.add(defaultDomain ? node.opType : `${node.domain}:${node.opType}`);
    for (const attribute of node.attribute) {
      if (attribute.g !== void 0) collectOpTypes(attribute.g, into);
      for (const subgraph of attribute.graphs) collectOpTypes(subgraph, into);
    }
  }
}
function describeValue(value) {
  const type = value.type?.value;
  const rendered = renderType(value.type);
  if (type?.kind === "tensor" || type?.kind === "sparse_tensor") {
    return {
      name: value.name,
      kind: type.kind,
      elemType: elemTypeName(type.elemType),
      shape: type.shape?.dim.map((d) => d.dimValue ?? (d.dimParam === void 0 || d.dimParam === "" ? null : d.dimParam)) ?? null,
      type: rendered
    };
  }
  return { name: value.name, kind: type?.kind ?? "unknown", elemType: null, shape: null, type: rendered };
}
function renderType(type) {
  const value = type?.value;
  switch (value?.kind) {
    case void 0:
      return "unknown";
    case "tensor":
      return `tensor(${elemTypeName(value.elemType)})`;
    case "sparse_tensor":
      return `sparse_tensor(${elemTypeName(value.elemType)})`;
    case "sequence":
      return `seq(${renderType(value.elemType)})`;
    case "optional":
      return `optional(${renderType(value.elemType)})`;
    case "map":
      return `map(${elemTypeName(value.keyType)},${renderType(value.valueType)})`;
  }
}

export {
  readBatches,
  readColumns,
  readColumnNames,
  cellNumber,
  cellText,
  inferKind,
  fitFeaturePlan,
  planWidth,
  encodeRows,
  buildFeeds,
  ELEM_TO_DTYPE,
  bindInputs,
  tensorInfo,
  AttributeType,
  DataType,
  emptyModel,
  emptyGraph,
  emptyNode,
  emptyAttribute,
  emptyTensor,
  encodeModel,
  inspectOnnx
};
/*! For license information please see chunk-CPEI5QS6.js.LEGAL.txt */
