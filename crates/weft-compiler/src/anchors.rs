//! Caret anchors for CPython 3.11-style tracebacks: in `a + b` the operator, in `x[i]` the
//! subscript, are marked with `^` and the operands with `~`
//! (<https://docs.python.org/3.11/whatsnew/3.11.html#improved-error-messages>).

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

/// For the source `segment` of a failing expression, the byte range `(left, right)` that
/// gets `^` when the expression is a binary operation or a subscript.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_expression(segment).ok()?;
    let expr = parsed.expr();
    match expr {
        Expr::BinOp(b) => {
            let left_end = usize::from(b.left.range().end());
            let right_start = usize::from(b.right.range().start());
            let between = segment.get(left_end..right_start)?;
            // Skip closing parentheses and whitespace before the operator.
            let skip = between.len()
                - between
                    .trim_start_matches(|c: char| c.is_whitespace() || c == ')')
                    .len();
            let left = left_end + skip;
            let mut right = left + 1;
            let rest = &segment[left..];
            let mut chars = rest.chars();
            chars.next();
            if let Some(c) = chars.next() {
                if right < right_start
                    && !c.is_whitespace()
                    && !c.is_alphanumeric()
                    && c != '('
                    && c != '-'
                {
                    right += 1;
                }
            }
            Some((left, right))
        }
        Expr::Subscript(s) => {
            // As CPython 3.11's traceback printer: from the first `[` at or after the
            // value's end (past a closing parenthesis or spaces), to just past the first
            // `]` at or after one character beyond the index's end.
            let b = segment.as_bytes();
            let mut start = usize::from(s.value.range().end());
            while start < b.len() && b[start] != b'[' {
                start += 1;
            }
            let mut end = usize::from(s.slice.range().end()) + 1;
            while end < b.len() && b[end] != b']' {
                end += 1;
            }
            if end < b.len() {
                end += 1;
            }
            Some((start, end.min(b.len())))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::caret_anchors;

    #[test]
    fn anchors() {
        assert_eq!(caret_anchors("a + b"), Some((2, 3)));
        assert_eq!(caret_anchors("1/0"), Some((1, 2)));
        assert_eq!(caret_anchors("a ** b"), Some((2, 4)));
        assert_eq!(caret_anchors("d[\"k\"]"), Some((1, 6)));
        assert_eq!(caret_anchors("f(x)"), None);
    }
}
