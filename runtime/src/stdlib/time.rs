//! `_time`: the clocks, sleep, and the C library's calendar functions (gmtime, localtime,
//! mktime, strftime, asctime) behind the frozen `time` module, which adds `struct_time`.
//! Calendar results are plain 11-tuples here; `time.py` wraps them.

use super::sysutil::{arity, c_int, module, parse, set, str_arg};
use crate::object::native::{Args, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

const NS: i64 = 1_000_000_000;

pub fn make(vm: &Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", |vm, a| {
            clock_f(vm, a, "time.time", libc::CLOCK_REALTIME)
        }),
        ("time_ns", |vm, a| {
            clock_ns(vm, a, "time.time_ns", libc::CLOCK_REALTIME)
        }),
        ("perf_counter", |vm, a| {
            clock_f(vm, a, "time.perf_counter", libc::CLOCK_MONOTONIC)
        }),
        ("perf_counter_ns", |vm, a| {
            clock_ns(vm, a, "time.perf_counter_ns", libc::CLOCK_MONOTONIC)
        }),
        ("monotonic", |vm, a| {
            clock_f(vm, a, "time.monotonic", libc::CLOCK_MONOTONIC)
        }),
        ("monotonic_ns", |vm, a| {
            clock_ns(vm, a, "time.monotonic_ns", libc::CLOCK_MONOTONIC)
        }),
        ("process_time", |vm, a| {
            clock_f(vm, a, "time.process_time", libc::CLOCK_PROCESS_CPUTIME_ID)
        }),
        ("process_time_ns", |vm, a| {
            clock_ns(
                vm,
                a,
                "time.process_time_ns",
                libc::CLOCK_PROCESS_CPUTIME_ID,
            )
        }),
        ("thread_time", |vm, a| {
            clock_f(vm, a, "time.thread_time", libc::CLOCK_THREAD_CPUTIME_ID)
        }),
        ("thread_time_ns", |vm, a| {
            clock_ns(vm, a, "time.thread_time_ns", libc::CLOCK_THREAD_CPUTIME_ID)
        }),
        ("clock_gettime", clock_gettime),
        ("clock_gettime_ns", clock_gettime_ns),
        ("clock_getres", clock_getres),
        ("sleep", sleep),
        ("gmtime", |vm, a| calendar(vm, a, "gmtime", false)),
        ("localtime", |vm, a| calendar(vm, a, "localtime", true)),
        ("mktime", mktime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("tzset", |vm, a| {
            a.check(vm, "time.tzset", 0, 0)?;
            unsafe { tzset() };
            Ok(vm.none.clone())
        }),
        ("_zone_info", zone_info),
    ];
    let m = module(vm, "_time", fns);
    for (n, c) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        set(vm, &m, n, vm.new_int(c as i64));
    }
    Ok(m)
}

extern "C" {
    fn tzset();
}

/// Nanoseconds on clock `id`.
fn now_ns(id: libc::clockid_t) -> Option<i64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid out-pointer.
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return None;
    }
    Some(ts.tv_sec as i64 * NS + ts.tv_nsec as i64)
}

/// Seconds as a float the way CPython divides (exact when a whole second).
fn ns_to_secs(ns: i64) -> f64 {
    if ns % NS == 0 {
        (ns / NS) as f64
    } else {
        ns as f64 / 1e9
    }
}

fn read_clock(vm: &Vm, id: libc::clockid_t) -> PyResult<i64> {
    now_ns(id).ok_or_else(|| vm.os_error_last(None))
}

fn clock_f(vm: &Vm, a: Args, name: &str, id: libc::clockid_t) -> PyResult<Value> {
    a.check(vm, name, 0, 0)?;
    Ok(vm.new_float(ns_to_secs(read_clock(vm, id)?)))
}

fn clock_ns(vm: &Vm, a: Args, name: &str, id: libc::clockid_t) -> PyResult<Value> {
    a.check(vm, name, 0, 0)?;
    Ok(vm.new_int(read_clock(vm, id)?))
}

fn clock_id(vm: &Vm, a: &Args, name: &str) -> PyResult<libc::clockid_t> {
    arity(vm, a, name, 1, 1)?;
    c_int(vm, &a.pos[0])
}

fn clock_gettime(vm: &Vm, a: Args) -> PyResult<Value> {
    let id = clock_id(vm, &a, "clock_gettime")?;
    Ok(vm.new_float(ns_to_secs(read_clock(vm, id)?)))
}

fn clock_gettime_ns(vm: &Vm, a: Args) -> PyResult<Value> {
    let id = clock_id(vm, &a, "clock_gettime_ns")?;
    Ok(vm.new_int(read_clock(vm, id)?))
}

fn clock_getres(vm: &Vm, a: Args) -> PyResult<Value> {
    let id = clock_id(vm, &a, "clock_getres")?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    if unsafe { libc::clock_getres(id, &mut ts) } != 0 {
        return Err(vm.os_error_last(None));
    }
    Ok(vm.new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn sleep(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "time.sleep", 1, 1)?;
    let too_large = || vm.overflow_error("timestamp too large to convert to C _PyTime_t");
    let v = &a.pos[0];
    let ns: i64 = if let Some(f) = vm.as_float(v) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        // Rounded away from zero (CPython's _PyTime_ROUND_TIMEOUT).
        let d = f * 1e9;
        let d = if d < 0.0 { d.floor() } else { d.ceil() };
        if !(d >= -9.223_372_036_854_776e18 && d < 9.223_372_036_854_776e18) {
            return Err(too_large());
        }
        d as i64
    } else {
        let i = vm.index(v)?;
        let s = vm
            .as_int(&i)
            .and_then(|r| r.to_i64())
            .ok_or_else(too_large)?;
        s.checked_mul(NS).ok_or_else(too_large)?
    };
    if ns < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // (Other threads run meanwhile; alone, the thread sleeps.)
    crate::vm::green::sleep(vm, std::time::Duration::from_nanos(ns as u64))
        .map_err(|m| vm.runtime_error(m))?;
    Ok(vm.none.clone())
}

/// A timestamp argument as time_t (None: now), rounding floats down as CPython does.
fn time_t_arg(vm: &Vm, v: Option<&Value>) -> PyResult<libc::time_t> {
    let overflow = || vm.overflow_error("timestamp out of range for platform time_t");
    match v {
        None => Ok(read_clock(vm, libc::CLOCK_REALTIME)?.div_euclid(NS) as libc::time_t),
        Some(v) if vm.is_none(v) => time_t_arg(vm, None),
        Some(v) => {
            if let Some(f) = vm.as_float(v) {
                if f.is_nan() {
                    return Err(vm.value_error("Invalid value NaN (not a number)"));
                }
                let d = f.floor();
                if !(d >= -9.223_372_036_854_776e18 && d < 9.223_372_036_854_776e18) {
                    return Err(overflow());
                }
                return Ok(d as libc::time_t);
            }
            let i = vm.index(v)?;
            vm.as_int(&i)
                .and_then(|r| r.to_i64())
                .map(|x| x as libc::time_t)
                .ok_or_else(overflow)
        }
    }
}

fn zero_tm() -> libc::tm {
    // SAFETY: struct tm is plain data; all-zero is a valid value (tm_zone null).
    unsafe { std::mem::zeroed() }
}

fn tm_of(vm: &Vm, t: libc::time_t, local: bool) -> PyResult<libc::tm> {
    let mut tm = zero_tm();
    // SAFETY: valid pointers; the *_r variants do not share static storage.
    let r = unsafe {
        *libc::__errno_location() = 0;
        if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        }
    };
    if r.is_null() {
        let e = super::oserror::last_errno();
        return Err(vm.os_error(if e == 0 { libc::EOVERFLOW } else { e }, None, None));
    }
    Ok(tm)
}

fn tm_zone_str(tm: &libc::tm) -> Option<String> {
    if tm.tm_zone.is_null() {
        return None;
    }
    // SAFETY: the C library's zone names are NUL-terminated strings.
    Some(
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned(),
    )
}

/// The 11 struct_time fields of a `struct tm`.
fn tm_tuple(vm: &Vm, tm: &libc::tm) -> Value {
    let zone = match tm_zone_str(tm) {
        Some(z) => vm.new_str(z),
        None => vm.none.clone(),
    };
    vm.new_tuple(vec![
        vm.new_int(tm.tm_year as i64 + 1900),
        vm.new_int(tm.tm_mon as i64 + 1),
        vm.new_int(tm.tm_mday as i64),
        vm.new_int(tm.tm_hour as i64),
        vm.new_int(tm.tm_min as i64),
        vm.new_int(tm.tm_sec as i64),
        vm.new_int(((tm.tm_wday + 6) % 7) as i64),
        vm.new_int(tm.tm_yday as i64 + 1),
        vm.new_int(tm.tm_isdst as i64),
        zone,
        vm.new_int(tm.tm_gmtoff),
    ])
}

fn calendar(vm: &Vm, a: Args, name: &str, local: bool) -> PyResult<Value> {
    arity(vm, &a, name, 0, 1)?;
    let t = time_t_arg(vm, a.pos.first())?;
    let tm = tm_of(vm, t, local)?;
    let tuple = tm_tuple(vm, &tm);
    // `time.py` registers struct_time here; the bare tuple serves before that.
    let md = vm.as_dict(&vm.modules).unwrap();
    if let Some(m) = vm.dict_get_str_key(md, "_time") {
        if let Some(d) = vm.module_dict(&m) {
            if let Some(cls) = vm.dict_get_str_key(vm.as_dict(&d).unwrap(), "struct_time") {
                return vm.call(&cls, &[tuple]);
            }
        }
    }
    Ok(tuple)
}

/// A `struct tm` from a 9-tuple or struct_time (CPython's gettmarg), with the zone name kept
/// alive in `zone_buf`.
fn tm_arg(
    vm: &Vm,
    v: &Value,
    what: &str,
    zone_buf: &mut Option<std::ffi::CString>,
) -> PyResult<libc::tm> {
    let Some(items) = vm.as_tuple(v) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{what}(): illegal time tuple argument")));
    }
    let mut f = [0i32; 9];
    for (i, x) in items.iter().enumerate() {
        f[i] = c_int(vm, x)?;
    }
    let mut tm = zero_tm();
    tm.tm_year = f[0].wrapping_sub(1900);
    tm.tm_mon = f[1].wrapping_sub(1);
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = (f[6].wrapping_add(1)) % 7;
    tm.tm_yday = f[7].wrapping_sub(1);
    tm.tm_isdst = f[8];
    // A struct_time carries its zone name and UTC offset (fields 10 and 11).
    if !vm.is_exact(v, &vm.types.tuple) {
        if let Some(z) = vm.getattr_opt(v, &vm.intern("tm_zone"))? {
            if vm.is_str(&z) {
                if let Ok(c) = std::ffi::CString::new(vm.str_ref(&z)) {
                    *zone_buf = Some(c);
                }
            }
        }
        if let Some(off) = vm.getattr_opt(v, &vm.intern("tm_gmtoff"))? {
            if !vm.is_none(&off) {
                tm.tm_gmtoff = super::sysutil::c_long(vm, &off)?;
            }
        }
        if let Some(z) = zone_buf {
            tm.tm_zone = z.as_ptr();
        }
    }
    Ok(tm)
}

/// Range checks (and zero-to-minimum fixes) before strftime and asctime, as CPython's checktm.
fn checktm(vm: &Vm, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

fn now_local(vm: &Vm) -> PyResult<libc::tm> {
    let t = time_t_arg(vm, None)?;
    tm_of(vm, t, true)
}

fn strftime(vm: &Vm, a: Args) -> PyResult<Value> {
    arity(vm, &a, "strftime", 1, 2)?;
    let fmt = str_arg(vm, &a.pos[0], "strftime", 1)?;
    let mut zone = None;
    let mut tm = match a.pos.get(1) {
        Some(t) => tm_arg(vm, t, "strftime", &mut zone)?,
        None => now_local(vm)?,
    };
    checktm(vm, &mut tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let cfmt =
        std::ffi::CString::new(fmt).map_err(|_| vm.value_error("embedded null character"))?;
    let fmtlen = fmt.len().max(1);
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: the buffer has `size` bytes; the format and tm are valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        // A zero result is ambiguous (empty output or too small a buffer): CPython gives
        // up once the buffer is 256 times the format's length.
        if n > 0 || size >= 256 * fmtlen {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn format_asctime(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY[tm.tm_wday.rem_euclid(7) as usize],
        MON[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + tm.tm_year as i64
    )
}

fn asctime(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "asctime", 0, 1)?;
    let mut zone = None;
    let mut tm = match a.pos.first() {
        Some(t) => tm_arg(vm, t, "asctime", &mut zone)?,
        None => now_local(vm)?,
    };
    checktm(vm, &mut tm)?;
    Ok(vm.new_str(format_asctime(&tm)))
}

fn ctime(vm: &Vm, a: Args) -> PyResult<Value> {
    arity(vm, &a, "ctime", 0, 1)?;
    let t = time_t_arg(vm, a.pos.first())?;
    let tm = tm_of(vm, t, true)?;
    Ok(vm.new_str(format_asctime(&tm)))
}

fn mktime(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "time.mktime", 1, 1)?;
    let mut zone = None;
    let mut tm = tm_arg(vm, &a.pos[0], "mktime", &mut zone)?;
    // mktime leaves tm_wday alone on failure: the sentinel tells failure from -1 seconds.
    tm.tm_wday = -1;
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(vm.new_float(t as f64))
}

/// (timezone, altzone, daylight, (std name, dst name)) from January and July of this year,
/// as CPython's init_timezone computes them.
fn zone_info(vm: &Vm, a: Args) -> PyResult<Value> {
    let _ = parse(vm, &a, "_zone_info", &[], 0, 0)?;
    unsafe { tzset() };
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = read_clock(vm, libc::CLOCK_REALTIME)?.div_euclid(NS);
    let t = (now / YEAR) * YEAR;
    let jan = tm_of(vm, t as libc::time_t, true)?;
    let jul = tm_of(vm, (t + YEAR / 2) as libc::time_t, true)?;
    let janzone = -jan.tm_gmtoff;
    let julzone = -jul.tm_gmtoff;
    let janname = tm_zone_str(&jan).unwrap_or_default();
    let julname = tm_zone_str(&jul).unwrap_or_default();
    let (tz, alt, names) = if janzone < julzone {
        // Southern hemisphere: daylight time in January.
        (julzone, janzone, (julname, janname))
    } else {
        (janzone, julzone, (janname, julname))
    };
    Ok(vm.new_tuple(vec![
        vm.new_int(tz),
        vm.new_int(alt),
        vm.new_int((janzone != julzone) as i64),
        vm.new_tuple(vec![vm.new_str(names.0), vm.new_str(names.1)]),
    ]))
}
