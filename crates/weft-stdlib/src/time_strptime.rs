//! `time.strptime`: weft's own parser for the C-locale directives CPython's `_strptime`
//! accepts (`%a %A %b %B %c %d %f %G %H %I %j %m %M %p %S %u %U %V %w %W %x %X %y %Y %z %Z
//! %%`),
//! matching like CPython's regular expressions (first alternative that lets the rest
//! match), then filling in the day of week and year as CPython does.
//! <https://docs.python.org/3.11/library/time.html#time.strptime>

use crate::time::struct_time_type;
use weft_vm::builtins::str_arg;
use weft_vm::{new_str, PyResult, Value, Vm};

const FULL_DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const FULL_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[derive(Clone, Copy, PartialEq, Debug)]
enum Tok {
    Lit(char),
    Space,
    Dir(char),
}

#[derive(Clone, Default, Debug)]
struct Fields {
    year: Option<i64>,
    month: Option<i64>,
    day: Option<i64>,
    hour24: Option<i64>,
    hour12: Option<i64>,
    pm: Option<bool>,
    minute: i64,
    second: i64,
    fraction: i64,
    julian: Option<i64>,
    weekday: Option<i64>,
    week_of_year: Option<(i64, bool)>,
    iso_year: Option<i64>,
    iso_week: Option<i64>,
    gmtoff: Option<i64>,
    zone: Option<String>,
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// (year, month, day) of a day number since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + if m <= 2 { 1 } else { 0 }, m, d)
}

/// Monday = 0.
fn weekday_of(y: i64, m: i64, d: i64) -> i64 {
    (days_from_civil(y, m, d) + 3).rem_euclid(7)
}

fn tokenize(vm: &Vm, fmt: &str) -> PyResult<Vec<Tok>> {
    let expanded = fmt
        .replace("%c", "%a %b %d %H:%M:%S %Y")
        .replace("%x", "%m/%d/%y")
        .replace("%X", "%H:%M:%S");
    let mut out = Vec::new();
    let mut it = expanded.chars().peekable();
    while let Some(c) = it.next() {
        if c == '%' {
            match it.next() {
                None => return Err(vm.value_error(format!("stray % in format '{fmt}'"))),
                Some('%') => out.push(Tok::Lit('%')),
                Some(d) if "aAbBdfGHIjmMpSuUVwWyYzZ".contains(d) => out.push(Tok::Dir(d)),
                Some(d) => {
                    return Err(
                        vm.value_error(format!("'{d}' is a bad directive in format '{fmt}'"))
                    )
                }
            }
        } else if c.is_whitespace() {
            while it.peek().is_some_and(|c| c.is_whitespace()) {
                it.next();
            }
            if out.last() != Some(&Tok::Space) {
                out.push(Tok::Space);
            }
        } else {
            out.push(Tok::Lit(c));
        }
    }
    Ok(out)
}

/// Candidate (length, value) readings of a number of `widths` digits in `lo..=hi`,
/// in the order CPython's regular expressions try them.
fn numbers(s: &[char], widths: &[usize], lo: i64, hi: i64) -> Vec<(usize, i64)> {
    let mut out = Vec::new();
    for &w in widths {
        if s.len() >= w && s[..w].iter().all(|c| c.is_ascii_digit()) {
            let v: i64 = s[..w].iter().collect::<String>().parse().unwrap_or(-1);
            if (lo..=hi).contains(&v) {
                out.push((w, v));
            }
        }
    }
    out
}

fn starts_with_ci(s: &[char], word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    s.len() >= w.len()
        && s[..w.len()]
            .iter()
            .zip(&w)
            .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}

/// Name alternatives, longest first (as CPython's `_seqToRE`): (length, index).
fn names(s: &[char], lists: &[&[&str]]) -> Vec<(usize, i64)> {
    let mut all: Vec<(usize, i64)> = Vec::new();
    for l in lists {
        for (i, n) in l.iter().enumerate() {
            if starts_with_ci(s, n) {
                all.push((n.chars().count(), i as i64));
            }
        }
    }
    all.sort_by_key(|a| std::cmp::Reverse(a.0));
    all
}

fn tz_offset(s: &[char]) -> Vec<(usize, i64)> {
    if s.first() == Some(&'Z') {
        return vec![(1, 0)];
    }
    let sign = match s.first() {
        Some('+') => 1,
        Some('-') => -1,
        _ => return vec![],
    };
    let mut i = 1;
    let two = |i: &mut usize, max: i64| -> Option<i64> {
        let v = numbers(&s[*i..], &[2], 0, max).first().map(|x| x.1)?;
        *i += 2;
        Some(v)
    };
    let Some(h) = two(&mut i, 99) else {
        return vec![];
    };
    let colon = s.get(i) == Some(&':');
    if colon {
        i += 1;
    }
    let Some(m) = two(&mut i, 59) else {
        return vec![];
    };
    let mut sec = 0;
    let j = if colon && s.get(i) == Some(&':') {
        i + 1
    } else {
        i
    };
    if (!colon || s.get(i) == Some(&':')) && j < s.len() {
        let mut k = j;
        if let Some(v) = two(&mut k, 59) {
            sec = v;
            i = k;
            if s.get(i) == Some(&'.') {
                let n = s[i + 1..]
                    .iter()
                    .take(6)
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if n > 0 {
                    i += 1 + n;
                }
            }
        }
    }
    vec![(i, sign * (h * 3600 + m * 60 + sec))]
}

fn matches(
    toks: &[Tok],
    s: &[char],
    pos: usize,
    f: &Fields,
    zones: &[String],
) -> Option<(usize, Fields)> {
    let Some((&tok, rest)) = toks.split_first() else {
        return Some((pos, f.clone()));
    };
    let here = &s[pos..];
    match tok {
        Tok::Lit(c) => {
            let ok = here
                .first()
                .is_some_and(|h| h.to_lowercase().eq(c.to_lowercase()));
            if ok {
                matches(rest, s, pos + 1, f, zones)
            } else {
                None
            }
        }
        Tok::Space => {
            let n = here.iter().take_while(|c| c.is_whitespace()).count();
            // `\s+` is greedy; backtrack to shorter runs if needed.
            (1..=n)
                .rev()
                .find_map(|k| matches(rest, s, pos + k, f, zones))
        }
        Tok::Dir(d) => {
            let cands: Vec<(usize, i64)> = match d {
                'Y' => numbers(here, &[4], 0, 9999),
                'y' => numbers(here, &[2], 0, 99),
                'm' => numbers(here, &[2, 1], 1, 12),
                'd' => {
                    let mut v = numbers(here, &[2, 1], 1, 31);
                    if here.first() == Some(&' ') {
                        v.extend(
                            numbers(&here[1..], &[1], 1, 9)
                                .into_iter()
                                .map(|(l, x)| (l + 1, x)),
                        );
                    }
                    v
                }
                'H' => numbers(here, &[2, 1], 0, 23),
                'I' => numbers(here, &[2, 1], 1, 12),
                'M' => numbers(here, &[2, 1], 0, 59),
                'S' => numbers(here, &[2, 1], 0, 61),
                'j' => numbers(here, &[3, 2, 1], 1, 366),
                'U' | 'W' => numbers(here, &[2, 1], 0, 53),
                'G' => numbers(here, &[4], 0, 9999),
                'V' => numbers(here, &[2, 1], 1, 53),
                'w' => numbers(here, &[1], 0, 6),
                'u' => numbers(here, &[1], 1, 7),
                'f' => {
                    let n = here
                        .iter()
                        .take(6)
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    (1..=n)
                        .rev()
                        .map(|w| {
                            (
                                w,
                                format!("{:0<6}", here[..w].iter().collect::<String>())
                                    .parse()
                                    .unwrap_or(0),
                            )
                        })
                        .collect()
                }
                'a' => names(here, &[&FULL_DAYS, &crate::time::WDAYS]),
                'A' => names(here, &[&FULL_DAYS, &crate::time::WDAYS]),
                'b' | 'B' => names(here, &[&FULL_MONTHS, &crate::time::MONTHS]),
                'p' => names(here, &[&["am", "pm"]]),
                'z' => tz_offset(here),
                'Z' => {
                    let zs: Vec<&str> = zones.iter().map(|z| z.as_str()).collect();
                    names(here, &[&zs])
                }
                _ => vec![],
            };
            for (len, v) in cands {
                let mut g = f.clone();
                match d {
                    'Y' => g.year = Some(v),
                    'y' => g.year = Some(if v <= 68 { 2000 + v } else { 1900 + v }),
                    'm' => g.month = Some(v),
                    'b' | 'B' => g.month = Some(v + 1),
                    'd' => g.day = Some(v),
                    'H' => g.hour24 = Some(v),
                    'I' => g.hour12 = Some(v),
                    'p' => g.pm = Some(v == 1),
                    'M' => g.minute = v,
                    'S' => g.second = v,
                    'f' => g.fraction = v,
                    'j' => g.julian = Some(v),
                    'a' | 'A' => g.weekday = Some(v),
                    'w' => g.weekday = Some((v + 6) % 7),
                    'u' => g.weekday = Some(v - 1),
                    'U' => g.week_of_year = Some((v, false)),
                    'W' => g.week_of_year = Some((v, true)),
                    'G' => g.iso_year = Some(v),
                    'V' => g.iso_week = Some(v),
                    'z' => g.gmtoff = Some(v),
                    'Z' => g.zone = Some(here[..len].iter().collect()),
                    _ => {}
                }
                if let Some(r) = matches(rest, s, pos + len, &g, zones) {
                    return Some(r);
                }
            }
            None
        }
    }
}

/// Parse `data` with `fmt`: (year, mon, mday, hour, min, sec, wday, yday, isdst, zone,
/// gmtoff, microseconds).
fn parse(vm: &Vm, data: &str, fmt: &str) -> PyResult<(Vec<i64>, Option<String>, Option<i64>)> {
    let toks = tokenize(vm, fmt)?;
    let chars: Vec<char> = data.chars().collect();
    let tzn = crate::time::zone_names();
    let mut zones = vec![
        "utc".to_string(),
        "gmt".to_string(),
        tzn.0.to_lowercase(),
        tzn.1.to_lowercase(),
    ];
    zones.dedup();
    let Some((end, f)) = matches(&toks, &chars, 0, &Fields::default(), &zones) else {
        return Err(vm.value_error(format!(
            "time data {} does not match format {}",
            weft_vm::repr::str_repr(data),
            weft_vm::repr::str_repr(fmt)
        )));
    };
    if end != chars.len() {
        return Err(vm.value_error(format!(
            "unconverted data remains: {}",
            chars[end..].iter().collect::<String>()
        )));
    }
    // An ISO year or week is never defaulted: each needs the other and a weekday.
    if f.year.is_none() && f.iso_year.is_some() {
        if f.iso_week.is_none() || f.weekday.is_none() {
            return Err(vm.value_error(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a \
                 weekday directive ('%A', '%a', '%w', or '%u').",
            ));
        }
        if f.julian.is_some() {
            return Err(vm.value_error(
                "Day of the year directive '%j' is not compatible with ISO year directive \
                 '%G'. Use '%Y' instead.",
            ));
        }
    } else if f.week_of_year.is_none() && f.iso_week.is_some() {
        return Err(vm.value_error(if f.weekday.is_none() {
            "ISO week directive '%V' must be used with the ISO year directive '%G' and a \
             weekday directive ('%A', '%a', '%w', or '%u')."
        } else {
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the \
             ISO year '%G' instead."
        }));
    }
    let mut leap_fix = false;
    let mut year = f.year;
    let month = f.month.unwrap_or(1);
    let day = f.day.unwrap_or(1);
    if year.is_none() && month == 2 && day == 29 {
        year = Some(1904);
        leap_fix = true;
    }
    let y = year.unwrap_or(1900);
    let hour = match (f.hour24, f.hour12) {
        (Some(h), _) => h,
        (None, Some(h)) => match f.pm {
            Some(true) if h != 12 => h + 12,
            Some(true) => 12,
            _ if h == 12 => 0,
            _ => h,
        },
        _ => 0,
    };
    let mut julian = f.julian;
    let mut weekday = f.weekday;
    let mut y = y;
    if julian.is_none() {
        if let Some(wd) = weekday {
            if let Some((week, monday_first)) = f.week_of_year {
                let first = weekday_of(y, 1, 1);
                let (first, wd) = if monday_first {
                    (first, wd)
                } else {
                    ((first + 1) % 7, (wd + 1) % 7)
                };
                let week0_len = (7 - first) % 7;
                julian = Some(if week == 0 {
                    1 + wd - first
                } else {
                    week0_len + (week - 1) * 7 + wd + 1
                });
            } else if let (Some(iy), Some(iw)) = (f.iso_year, f.iso_week) {
                // ISO week 1 is the one holding January 4th; its Monday starts it
                let jan4 = days_from_civil(iy, 1, 4);
                let day = jan4 - weekday_of(iy, 1, 4) + 7 * (iw - 1) + wd;
                // counted from the ISO year's January 1st (past its end too, as CPython)
                y = iy;
                julian = Some(day - days_from_civil(y, 1, 1) + 1);
            }
            if let Some(j) = julian.filter(|j| *j <= 0) {
                y -= 1;
                julian = Some(j + if is_leap(y) { 366 } else { 365 });
            }
        }
    }
    let (y, month, day) = if let Some(j) = julian {
        civil_from_days(days_from_civil(y, 1, 1) + j - 1)
    } else {
        if day > days_in_month(y, month) {
            return Err(vm.value_error("day is out of range for month"));
        }
        (y, month, day)
    };
    // CPython reports a day of the year worked out from weeks as it stands, even past 365
    let yday =
        julian.unwrap_or_else(|| days_from_civil(y, month, day) - days_from_civil(y, 1, 1) + 1);
    if weekday.is_none() {
        weekday = Some(weekday_of(y, month, day));
    }
    let y = if leap_fix { 1900 } else { y };
    let mut isdst = -1;
    if let Some(z) = &f.zone {
        let z = z.to_lowercase();
        if z == "utc" || z == "gmt" || (z == tzn.0.to_lowercase() && (tzn.0 != tzn.1)) {
            isdst = 0;
        } else if z == tzn.1.to_lowercase() && tzn.0 != tzn.1 {
            isdst = 1;
        }
    }
    Ok((
        vec![
            y,
            month,
            day,
            hour,
            f.minute,
            f.second,
            weekday.unwrap_or(0),
            yday,
            isdst,
            f.fraction,
        ],
        f.zone,
        f.gmtoff,
    ))
}

pub fn strptime(vm: &Vm, a: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let data = match a.first() {
        Some(v) => str_arg(v).ok_or_else(|| {
            vm.type_error(format!(
                "strptime() argument 0 must be str, not <class '{}'>",
                vm.type_name(v)
            ))
        })?,
        None => return Err(vm.type_error("strptime() takes at least 1 argument (0 given)")),
    };
    let fmt = match a.get(1) {
        Some(v) => str_arg(v).ok_or_else(|| {
            vm.type_error(format!(
                "strptime() argument 1 must be str, not <class '{}'>",
                vm.type_name(v)
            ))
        })?,
        None => "%a %b %d %H:%M:%S %Y",
    };
    let (n, zone, gmtoff) = parse(vm, data, fmt)?;
    let mut vals: Vec<Value> = n[..9].iter().map(|x| Value::Int(*x)).collect();
    vals.push(zone.map(new_str).unwrap_or(Value::None));
    vals.push(gmtoff.map(Value::Int).unwrap_or(Value::None));
    Ok(crate::structseq::new(struct_time_type(), vals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
        assert_eq!(weekday_of(2021, 6, 15), 1);
    }

    #[test]
    fn number_candidates() {
        let s: Vec<char> = "123".chars().collect();
        assert_eq!(numbers(&s, &[2, 1], 1, 9), vec![(1, 1)]);
        assert_eq!(numbers(&s, &[2, 1], 0, 23), vec![(2, 12), (1, 1)]);
    }
}
