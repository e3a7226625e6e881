//! Draws a recorded thread timeline as SVG: one lane per thread, coloured spans per
//! state (running Python, waiting for the GIL, waiting for a lock, sleeping, I/O), a time
//! axis and a legend.

use weft_vm::timeline::State;

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

/// Render `(thread name, [(time in µs, state entered)])` lanes.
pub fn render(threads: &[(String, Vec<(u64, State)>)], gil: bool) -> String {
    let end = threads.iter().flat_map(|(_, e)| e.iter().map(|(t, _)| *t)).max().unwrap_or(1).max(1);
    let lane_h = 28.0;
    let left = 140.0;
    let width = 900.0;
    let top = 40.0;
    let height = top + lane_h * threads.len() as f64 + 90.0;
    let x = |t: u64| left + (t as f64 / end as f64) * width;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" font-family=\"sans-serif\" font-size=\"12\">\n",
        left + width + 20.0,
        height
    );
    s.push_str(&format!(
        "<text x=\"10\" y=\"20\" font-size=\"14\">weft thread timeline ({})</text>\n",
        if gil { "with emulated GIL" } else { "free-threaded" }
    ));
    for (i, (name, events)) in threads.iter().enumerate() {
        let y = top + i as f64 * lane_h;
        s.push_str(&format!("<g class=\"lane\"><text x=\"10\" y=\"{:.1}\">{}</text>\n", y + 17.0, xml_escape(name)));
        for (k, (t, st)) in events.iter().enumerate() {
            let t_end = events.get(k + 1).map(|e| e.0).unwrap_or(end);
            if let Some((c, label)) = colour(*st) {
                let w = (x(t_end) - x(*t)).max(0.5);
                s.push_str(&format!(
                    "<rect x=\"{:.2}\" y=\"{:.1}\" width=\"{:.2}\" height=\"{}\" fill=\"{}\"><title>{}</title></rect>\n",
                    x(*t),
                    y + 4.0,
                    w,
                    lane_h - 8.0,
                    c,
                    label
                ));
            }
        }
        s.push_str("</g>\n");
    }
    let axis_y = top + lane_h * threads.len() as f64 + 10.0;
    s.push_str(&format!("<line x1=\"{left}\" y1=\"{axis_y}\" x2=\"{}\" y2=\"{axis_y}\" stroke=\"black\"/>\n", left + width));
    for k in 0..=5 {
        let t = end * k / 5;
        let px = x(t);
        s.push_str(&format!(
            "<line x1=\"{px:.1}\" y1=\"{axis_y}\" x2=\"{px:.1}\" y2=\"{}\" stroke=\"black\"/><text x=\"{px:.1}\" y=\"{}\" text-anchor=\"middle\">{:.3} s</text>\n",
            axis_y + 5.0,
            axis_y + 18.0,
            t as f64 / 1e6
        ));
    }
    let mut lx = left;
    let ly = axis_y + 40.0;
    for st in [State::Running, State::WaitGil, State::WaitLock, State::Sleep, State::Io] {
        let (c, label) = colour(st).unwrap();
        s.push_str(&format!("<rect x=\"{lx}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{c}\"/><text x=\"{}\" y=\"{ly}\">{label}</text>\n", ly - 10.0, lx + 16.0));
        lx += 170.0;
    }
    s.push_str("</svg>\n");
    s
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
