//! One zlib C stream (deflate or inflate, through `libz-sys`) behind a safe owner: set-up,
//! single calls over borrowed input and output, dictionaries, copying and clean-up, plus the
//! output-buffer growth CPython uses (stored blocks are sized by the room zlib is given).

use libz_sys as z;
use std::ffi::{c_int, c_uint, c_void, CStr};

pub use z::{
    Z_BUF_ERROR, Z_DATA_ERROR, Z_FINISH, Z_MEM_ERROR, Z_NEED_DICT, Z_NO_FLUSH, Z_OK, Z_STREAM_END,
    Z_STREAM_ERROR, Z_SYNC_FLUSH,
};

/// zlib's allocation hook: zeroed memory from the C allocator.
unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    libc::calloc(items as usize, size as usize)
}

/// zlib's release hook, the partner of `zalloc`.
unsafe extern "C" fn zfree(_opaque: *mut c_void, p: *mut c_void) {
    libc::free(p)
}

/// Which half of zlib a stream belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Deflate,
    Inflate,
}

/// What one call did: zlib's return code and how many bytes it read and wrote.
#[derive(Clone, Copy)]
pub struct Step {
    pub code: i32,
    pub consumed: usize,
    pub produced: usize,
}

/// A z_stream that stays at one address (zlib's state points back at it) and is ended
/// when dropped. Calls on an ended or never-started stream are zlib's `Z_STREAM_ERROR`.
pub struct Stream {
    strm: Box<z::z_stream>,
    kind: Kind,
}

fn blank() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

/// The version string of the linked zlib.
pub fn version() -> String {
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(z::zlibVersion()) }
        .to_string_lossy()
        .into_owned()
}

const STREAM_SIZE: c_int = std::mem::size_of::<z::z_stream>() as c_int;

impl Stream {
    /// `deflateInit2`: the stream and zlib's code (the stream is unusable unless `Z_OK`).
    pub fn deflate(level: i32, method: i32, wbits: i32, mem: i32, strategy: i32) -> (Stream, i32) {
        let mut strm = blank();
        // SAFETY: strm is a valid, boxed z_stream with allocation hooks set.
        let code = unsafe {
            z::deflateInit2_(
                &mut *strm,
                level,
                method,
                wbits,
                mem,
                strategy,
                z::zlibVersion(),
                STREAM_SIZE,
            )
        };
        let kind = Kind::Deflate;
        (Stream { strm, kind }, code)
    }

    /// `inflateInit2`: the stream and zlib's code.
    pub fn inflate(wbits: i32) -> (Stream, i32) {
        let mut strm = blank();
        // SAFETY: as in `deflate`.
        let code = unsafe { z::inflateInit2_(&mut *strm, wbits, z::zlibVersion(), STREAM_SIZE) };
        let kind = Kind::Inflate;
        (Stream { strm, kind }, code)
    }

    /// zlib's message for the last failure, if it left one.
    pub fn msg(&self) -> Option<String> {
        if self.strm.msg.is_null() {
            return None;
        }
        // SAFETY: zlib's messages are static NUL-terminated strings.
        Some(
            unsafe { CStr::from_ptr(self.strm.msg) }
                .to_string_lossy()
                .into_owned(),
        )
    }

    /// One `deflate`/`inflate` call reading `input` (at most 4 GiB of it) and writing at
    /// most `room` bytes after the end of `out`.
    pub fn step(&mut self, input: &[u8], out: &mut Vec<u8>, room: usize, flush: i32) -> Step {
        let avail_in = input.len().min(c_uint::MAX as usize);
        let room = room.min(c_uint::MAX as usize);
        out.reserve(room);
        let start = out.len();
        self.strm.next_in = input.as_ptr() as *mut u8;
        self.strm.avail_in = avail_in as c_uint;
        // SAFETY: `out` has `room` spare bytes reserved after `start`.
        self.strm.next_out = unsafe { out.as_mut_ptr().add(start) };
        self.strm.avail_out = room as c_uint;
        // SAFETY: the stream is boxed and its buffers are valid for the given lengths; zlib
        // checks its own state (a stream never started or already ended is an error code).
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflate(&mut *self.strm, flush),
                Kind::Inflate => z::inflate(&mut *self.strm, flush),
            }
        };
        let consumed = avail_in - self.strm.avail_in as usize;
        let produced = room - self.strm.avail_out as usize;
        // SAFETY: zlib wrote exactly `produced` bytes after `start`.
        unsafe { out.set_len(start + produced) };
        self.strm.next_in = std::ptr::null_mut();
        self.strm.avail_in = 0;
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        Step {
            code,
            consumed,
            produced,
        }
    }

    /// `deflateSetDictionary`/`inflateSetDictionary` (the caller keeps `dict` under 4 GiB).
    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        let len = dict.len().min(c_uint::MAX as usize) as c_uint;
        // SAFETY: `dict` is valid for `len` bytes; zlib copies what it keeps.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
                Kind::Inflate => z::inflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
            }
        }
    }

    /// `deflateCopy`/`inflateCopy`: an independent stream in the same state, or zlib's code.
    pub fn copy(&self) -> Result<Stream, i32> {
        let mut strm = blank();
        let src = &*self.strm as *const z::z_stream as *mut z::z_stream;
        // SAFETY: both streams are boxed; zlib only reads the source (and checks its state).
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflateCopy(&mut *strm, src),
                Kind::Inflate => z::inflateCopy(&mut *strm, src),
            }
        };
        if code == Z_OK {
            Ok(Stream {
                strm,
                kind: self.kind,
            })
        } else {
            Err(code)
        }
    }

    /// `deflateEnd`/`inflateEnd`: frees zlib's state (a second call is `Z_STREAM_ERROR`).
    pub fn end(&mut self) -> i32 {
        // SAFETY: zlib checks the state; after the call it is null.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateEnd(&mut *self.strm),
                Kind::Inflate => z::inflateEnd(&mut *self.strm),
            }
        }
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        if !self.strm.state.is_null() {
            self.end();
        }
    }
}

/// The zlib checksums, over any length (zlib's own calls take at most 4 GiB at a time).
pub fn crc32(mut value: u32, data: &[u8]) -> u32 {
    for chunk in data.chunks(1 << 30) {
        // SAFETY: `chunk` is valid for its length.
        value = unsafe { z::crc32(value as _, chunk.as_ptr(), chunk.len() as c_uint) } as u32;
    }
    value
}

pub fn adler32(mut value: u32, data: &[u8]) -> u32 {
    for chunk in data.chunks(1 << 30) {
        // SAFETY: `chunk` is valid for its length.
        value = unsafe { z::adler32(value as _, chunk.as_ptr(), chunk.len() as c_uint) } as u32;
    }
    value
}

/// CPython's output buffer: blocks of growing size (32 KiB, 64 KiB, 256 KiB, 1 MiB, ...),
/// each handed to zlib as the room for its calls, up to an optional total limit.
pub struct OutBuf {
    pub data: Vec<u8>,
    limit: usize,
    block: usize,
}

const KIB: usize = 1024;
const MIB: usize = 1024 * KIB;
const BLOCKS: [usize; 17] = [
    32 * KIB,
    64 * KIB,
    256 * KIB,
    MIB,
    4 * MIB,
    8 * MIB,
    16 * MIB,
    16 * MIB,
    32 * MIB,
    32 * MIB,
    32 * MIB,
    32 * MIB,
    64 * MIB,
    64 * MIB,
    128 * MIB,
    128 * MIB,
    256 * MIB,
];

impl OutBuf {
    /// A buffer of at most `limit` bytes (`None`: no limit).
    pub fn new(limit: Option<usize>) -> OutBuf {
        OutBuf {
            data: Vec::new(),
            limit: limit.unwrap_or(usize::MAX),
            block: 0,
        }
    }

    /// The size of the next block, or None when the limit is reached.
    pub fn grow(&mut self) -> Option<usize> {
        let left = self.limit - self.data.len();
        if left == 0 {
            return None;
        }
        let size = BLOCKS[self.block.min(BLOCKS.len() - 1)];
        self.block += 1;
        Some(size.min(left))
    }

    /// True when the output reached its limit.
    pub fn full(&self) -> bool {
        self.data.len() == self.limit
    }
}
