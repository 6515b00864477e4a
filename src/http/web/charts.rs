//! Charts drawn on the server as inline SVG, for pages that must work without script and
//! on a phone: horizontal bars split into parts, columns over time, and ranges.
//!
//! Drawings lay out in percentages of their width, so nothing is scaled down on a phone.
//! Bars and ranges are one row each: the label is the page's own text, wrapping as the
//! page does in every language, over a drawing of the row (with the label as its
//! `<title>`); the stylesheet mirrors the drawings for a right-to-left reader. Columns
//! over time are one drawing whose few labels (dates) fit any width; time runs left to
//! right for every reader, as in the UN's Arabic publications. The page gives each chart
//! a heading, a sentence saying what it shows, and the same numbers in a table.

/// A series a chart colours one way, named in its legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    Done,
    Waiting,
    Late,
    Missing,
}

impl Series {
    /// Its class in the stylesheet, which holds the colours.
    pub fn class(self) -> &'static str {
        match self {
            Self::Done => "series-done",
            Self::Waiting => "series-waiting",
            Self::Late => "series-late",
            Self::Missing => "series-missing",
        }
    }
}

/// Horizontal bars, each split into parts that add up to the row's whole.
#[derive(Debug, Clone)]
pub struct Bars {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Shown beside the drawing, in the page, where it wraps as the page does.
    pub legend: Vec<(Series, String)>,
    pub rows: Vec<BarRow>,
}

#[derive(Debug, Clone)]
pub struct BarRow {
    /// The label line, numbers included: the drawing is never the only place they are.
    pub label: String,
    pub parts: Vec<Part>,
}

/// One part of a bar, in percent of the chart's width.
#[derive(Debug, Clone)]
pub struct Part {
    pub series: Series,
    pub x: f64,
    pub width: f64,
}

impl Bars {
    /// Bars whose rows are `(label, [(series, count)])`, scaled so the longest row fills
    /// the width (or to `scale` if given: a row of 54 member states out of 54).
    pub fn new(
        id: &str,
        title: String,
        summary: String,
        legend: Vec<(Series, String)>,
        rows: Vec<(String, Vec<(Series, usize)>)>,
        scale: Option<usize>,
    ) -> Self {
        let longest = rows.iter().map(|(_, parts)| parts.iter().map(|p| p.1).sum::<usize>()).max().unwrap_or(0);
        let scale = scale.unwrap_or(longest).max(1);
        let rows = rows
            .into_iter()
            .map(|(label, parts)| {
                let mut at = 0.0;
                let parts = parts
                    .into_iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(series, n)| {
                        let width = percent(n, scale);
                        let x = at;
                        at += width;
                        Part { series, x, width }
                    })
                    .collect();
                BarRow { label, parts }
            })
            .collect();
        Self { id: id.to_owned(), title, summary, legend, rows }
    }
}

/// Columns over days, with a mark at the deadline.
#[derive(Debug, Clone)]
pub struct Columns {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub columns: Vec<Column>,
    /// Where the deadline falls, in percent of the width.
    pub deadline: Option<f64>,
    pub deadline_label: String,
    /// The labels under the axis: at the first day, the deadline and the last day.
    pub ticks: Vec<(f64, String, &'static str)>,
    /// The tallest column's count, written at the top of the axis.
    pub top: usize,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub x: f64,
    pub width: f64,
    pub y: f64,
    pub height: f64,
}

/// The fewest days a columns chart is divided into.
const MIN_DAYS: usize = 14;
/// The drawing area of a columns chart, in pixels.
const PLOT_TOP: f64 = 18.0;
const PLOT_HEIGHT: f64 = 140.0;

impl Columns {
    /// `counts` in order of the days; `deadline` the index of the deadline's day;
    /// `ticks` as (day index, label).
    pub fn new(
        id: &str,
        title: String,
        summary: String,
        counts: &[usize],
        deadline: Option<(usize, String)>,
        ticks: Vec<(usize, String)>,
    ) -> Self {
        let top = counts.iter().copied().max().unwrap_or(0);
        // A short call's few columns stay column-wide rather than filling the width.
        let days = counts.len().max(MIN_DAYS);
        let slot = 100.0 / days as f64;
        let columns = counts
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(i, n)| {
                let height = PLOT_HEIGHT * *n as f64 / top.max(1) as f64;
                Column {
                    x: slot * i as f64 + slot * 0.1,
                    width: slot * 0.8,
                    y: PLOT_TOP + PLOT_HEIGHT - height,
                    height,
                }
            })
            .collect();
        let centre = |i: usize| slot * i as f64 + slot / 2.0;
        let anchor = |x: f64| match x {
            x if x < 15.0 => "start",
            x if x > 85.0 => "end",
            _ => "middle",
        };
        Self {
            id: id.to_owned(),
            title,
            summary,
            columns,
            deadline: deadline.as_ref().map(|(i, _)| centre(*i)),
            deadline_label: deadline.map(|(_, l)| l).unwrap_or_default(),
            ticks: ticks
                .into_iter()
                .map(|(i, label)| {
                    let x = centre(i);
                    (x, label, anchor(x))
                })
                .collect(),
            top,
        }
    }

    pub fn height(&self) -> f64 {
        PLOT_TOP + PLOT_HEIGHT + 24.0
    }

    pub fn axis_y(&self) -> f64 {
        PLOT_TOP + PLOT_HEIGHT
    }

    pub fn tick_y(&self) -> f64 {
        PLOT_TOP + PLOT_HEIGHT + 18.0
    }

    pub fn plot_top(&self) -> f64 {
        PLOT_TOP
    }

    /// Where the deadline's label is anchored, so it stays inside the drawing.
    pub fn deadline_anchor(&self) -> &'static str {
        match self.deadline {
            Some(x) if x > 70.0 => "end",
            _ => "start",
        }
    }
}

/// Ranges on a 0–100 scale: from lowest to highest, with the mean marked.
#[derive(Debug, Clone)]
pub struct Ranges {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub rows: Vec<RangeRow>,
}

#[derive(Debug, Clone)]
pub struct RangeRow {
    pub label: String,
    pub min: f64,
    pub mean: f64,
    pub max: f64,
}

impl Ranges {
    /// Rows of `(label, min, mean, max)` on 0–100.
    pub fn new(id: &str, title: String, summary: String, rows: Vec<(String, f64, f64, f64)>) -> Self {
        let place = |v: f64| v.clamp(0.0, 100.0);
        let rows = rows
            .into_iter()
            .map(|(label, min, mean, max)| RangeRow { label, min: place(min), mean: place(mean), max: place(max) })
            .collect();
        Self { id: id.to_owned(), title, summary, rows }
    }
}

/// `part` of `whole` in percent, for a width.
fn percent(part: usize, whole: usize) -> f64 {
    // Display only: counts are far below 2^52.
    #[allow(clippy::cast_precision_loss)]
    let share = part as f64 / whole.max(1) as f64;
    (share * 100.0).min(100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_longest_row_or_to_a_given_whole() {
        let rows = vec![
            ("a".to_owned(), vec![(Series::Done, 3), (Series::Waiting, 1)]),
            ("b".to_owned(), vec![(Series::Done, 2), (Series::Waiting, 0)]),
        ];
        let longest = Bars::new("c", String::new(), String::new(), Vec::new(), rows.clone(), None);
        let widths: Vec<(f64, f64)> = longest.rows[0].parts.iter().map(|p| (p.x, p.width)).collect();
        assert_eq!(widths, [(0.0, 75.0), (75.0, 25.0)]);
        assert_eq!(longest.rows[1].parts.len(), 1, "an empty part draws nothing");
        let given = Bars::new("c", String::new(), String::new(), Vec::new(), rows, Some(8));
        let widths: Vec<(f64, f64)> = given.rows[0].parts.iter().map(|p| (p.x, p.width)).collect();
        assert_eq!(widths, [(0.0, 37.5), (37.5, 12.5)]);
    }

    #[test]
    fn columns_stand_on_the_axis_and_the_tallest_reaches_the_top() {
        let c = Columns::new("c", String::new(), String::new(), &[0, 2, 4, 0], Some((3, "d".into())), Vec::new());
        assert_eq!(c.columns.len(), 2, "days without a submission draw nothing");
        let tallest = &c.columns[1];
        assert!((tallest.y - c.plot_top()).abs() < 1e-9);
        assert!((tallest.y + tallest.height - c.axis_y()).abs() < 1e-9);
        assert!((c.columns[0].height * 2.0 - tallest.height).abs() < 1e-9);
        assert!((c.deadline.unwrap() - 100.0 / 14.0 * 3.5).abs() < 1e-9);
    }

    #[test]
    fn ranges_are_clamped_to_the_scale() {
        let r = Ranges::new("r", String::new(), String::new(), vec![("j".into(), -5.0, 40.0, 120.0)]);
        let row = &r.rows[0];
        assert_eq!((row.min, row.mean, row.max), (0.0, 40.0, 100.0));
    }
}
