//! Draws a recorded thread timeline as SVG: one lane per thread, coloured spans per
//! state (running Python, waiting for the GIL, waiting for a lock, sleeping, I/O), a time
//! axis, a legend and, right of each lane, the share of its lifetime spent running.
//!
//! Spans shorter than the drawing's resolution are not drawn one by one (a lock-heavy
//! run records millions of them): each lane is cut into columns and every column gets
//! the state that filled most of it, then equal neighbours are merged into one rect.

use weft_vm::timeline::State;

const STATES: [State; 5] = [State::Running, State::WaitGil, State::WaitLock, State::Sleep, State::Io];

fn colour(s: State) -> Option<(&'static str, &'static str)> {
    match s {
        State::Running => Some(("#2e7d32", "running Python")),
        State::WaitGil => Some(("#c62828", "waiting for the GIL")),
        State::WaitLock => Some(("#f9a825", "waiting for a lock")),
        State::Sleep => Some(("#90a4ae", "sleeping")),
        State::Io => Some(("#1565c0", "blocked in I/O")),
        State::Done => None,
    }
}

fn index(s: State) -> Option<usize> {
    STATES.iter().position(|x| *x == s)
}

/// Columns per lane (twice the drawing width: half-pixel resolution).
const COLUMNS: usize = 1800;

/// Time spent in each state per column, for one lane, plus totals per state.
fn bucket(events: &[(u64, State)], t0: u64, end: u64) -> (Vec<[u64; 5]>, [u64; 5]) {
    let span = (end - t0).max(1) as f64;
    let col_of = |t: u64| (((t.saturating_sub(t0)) as f64 / span) * COLUMNS as f64) as usize;
    let col_start = |c: usize| t0 + ((c as f64 / COLUMNS as f64) * span) as u64;
    let mut cols = vec![[0u64; 5]; COLUMNS + 1];
    let mut totals = [0u64; 5];
    for (k, (t, st)) in events.iter().enumerate() {
        let Some(si) = index(*st) else { continue };
        let a = (*t).max(t0);
        let b = events.get(k + 1).map(|e| e.0).unwrap_or(end).min(end);
        if b <= a {
            continue;
        }
        totals[si] += b - a;
        let (ca, cb) = (col_of(a), col_of(b).min(COLUMNS));
        if ca == cb {
            cols[ca][si] += b - a;
            continue;
        }
        cols[ca][si] += col_start(ca + 1).saturating_sub(a);
        for c in cols.iter_mut().take(cb).skip(ca + 1) {
            c[si] += (span / COLUMNS as f64) as u64 + 1;
        }
        cols[cb][si] += b.saturating_sub(col_start(cb));
    }
    cols.truncate(COLUMNS);
    (cols, totals)
}

/// Render `(thread name, [(time in µs, state entered)])` lanes.
pub fn render(threads: &[(String, Vec<(u64, State)>)], gil: bool) -> String {
    let t0 = threads.iter().filter_map(|(_, e)| e.first().map(|(t, _)| *t)).min().unwrap_or(0);
    let end = threads.iter().flat_map(|(_, e)| e.iter().map(|(t, _)| *t)).max().unwrap_or(1).max(t0 + 1);
    let lane_h = 28.0;
    let left = 160.0;
    let width = 900.0;
    let right = 150.0;
    let top = 50.0;
    let height = top + lane_h * threads.len() as f64 + 80.0;
    let xcol = |c: usize| left + c as f64 * width / COLUMNS as f64;
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" font-family=\"sans-serif\" font-size=\"12\">\n",
        left + width + right,
        height,
        left + width + right,
        height
    );
    s.push_str(&format!(
        "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{height}\" fill=\"white\"/>\n<text x=\"10\" y=\"22\" font-size=\"15\">weft thread timeline ({}), {} thread{}, {:.3} s</text>\n",
        left + width + right,
        if gil { "with the emulated GIL" } else { "free-threaded, no GIL" },
        threads.len(),
        if threads.len() == 1 { "" } else { "s" },
        (end - t0) as f64 / 1e6
    ));
    s.push_str(&format!("<text x=\"{}\" y=\"42\" font-size=\"11\" fill=\"#555\">share of lifetime running</text>\n", left + width + 10.0));
    for (i, (name, events)) in threads.iter().enumerate() {
        let y = top + i as f64 * lane_h;
        s.push_str(&format!("<g class=\"lane\" data-thread=\"{}\">\n", xml_escape(name)));
        s.push_str(&format!("<text x=\"10\" y=\"{:.1}\">{}</text>\n", y + 17.0, xml_escape(&truncate(name, 22))));
        let (cols, totals) = bucket(events, t0, end);
        let mut run: Option<(usize, usize)> = None; // (start column, state index)
        let mut flush = |s: &mut String, from: usize, to: usize, si: usize| {
            let (c, label) = colour(STATES[si]).unwrap();
            s.push_str(&format!(
                "<rect x=\"{:.2}\" y=\"{:.1}\" width=\"{:.2}\" height=\"{}\" fill=\"{}\"><title>{}</title></rect>\n",
                xcol(from),
                y + 4.0,
                xcol(to) - xcol(from),
                lane_h - 8.0,
                c,
                label
            ));
        };
        for (c, col) in cols.iter().enumerate() {
            let best = (0..5).filter(|&k| col[k] > 0).max_by_key(|&k| col[k]);
            match (run, best) {
                (Some((_, si)), Some(b)) if si == b => {}
                (r, b) => {
                    if let Some((from, si)) = r {
                        flush(&mut s, from, c, si);
                    }
                    run = b.map(|b| (c, b));
                }
            }
        }
        if let Some((from, si)) = run {
            flush(&mut s, from, COLUMNS, si);
        }
        let life: u64 = totals.iter().sum();
        if life > 0 {
            s.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\">{:.0}%</text>\n",
                left + width + 10.0,
                y + 17.0,
                totals[0] as f64 * 100.0 / life as f64
            ));
        }
        s.push_str("</g>\n");
    }
    let axis_y = top + lane_h * threads.len() as f64 + 6.0;
    s.push_str(&format!("<line x1=\"{left}\" y1=\"{axis_y}\" x2=\"{}\" y2=\"{axis_y}\" stroke=\"black\"/>\n", left + width));
    for k in 0..=5u64 {
        let t = (end - t0) * k / 5;
        let px = left + width * k as f64 / 5.0;
        s.push_str(&format!(
            "<line x1=\"{px:.1}\" y1=\"{axis_y}\" x2=\"{px:.1}\" y2=\"{}\" stroke=\"black\"/><text x=\"{px:.1}\" y=\"{}\" text-anchor=\"middle\">{:.3} s</text>\n",
            axis_y + 5.0,
            axis_y + 18.0,
            t as f64 / 1e6
        ));
    }
    let mut lx = left;
    let ly = axis_y + 48.0;
    for st in STATES {
        if st == State::WaitGil && !gil {
            continue;
        }
        let (c, label) = colour(st).unwrap();
        s.push_str(&format!("<rect x=\"{lx}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{c}\"/><text x=\"{}\" y=\"{ly}\">{label}</text>\n", ly - 10.0, lx + 16.0));
        lx += 170.0;
    }
    s.push_str("</svg>\n");
    s
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
