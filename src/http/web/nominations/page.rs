//! The nomination form as a page: its fields, checklist, receipt and notices, built
//! from what the focal point may do with the nomination now.

use super::*;

#[derive(Template, WebTemplate)]
#[template(path = "nominator/nomination.html")]
pub struct NominationPage {
    pub(super) nav: Nav,
    /// Where the form posts: the nomination, or the cycle's list for a new one.
    pub(super) action: String,
    pub(super) heading: String,
    pub(super) cycle_name: String,
    pub(super) category_key: String,
    pub(super) category_name: String,
    pub(super) deadline: String,
    pub(super) deadline_iso: String,
    pub(super) time_left: String,
    pub(super) status: String,
    pub(super) status_key: &'static str,
    pub(super) version: i32,
    /// The language the nomination is written in, as stored, typed, or the page's.
    pub(super) language: Lang,
    pub(super) fields: Vec<Field>,
    pub(super) attachments: Vec<AttachmentRow>,
    pub(super) max_attachments: i32,
    pub(super) min_attachments: i32,
    pub(super) can_attach: bool,
    pub(super) can_edit: bool,
    pub(super) can_submit: bool,
    pub(super) can_withdraw: bool,
    /// Drafts save as they are typed; a submitted nomination only on "Save changes",
    /// since each of its edits is announced to the state's focal points.
    pub(super) autosave: bool,
    pub(super) withdraw_action: String,
    pub(super) notice: Option<String>,
    pub(super) alert: Option<String>,
    pub(super) errors: FieldErrors,
    pub(super) file_error: Option<String>,
    pub(super) attachments_error: Option<String>,
    /// What still stands between the stored draft and its submission: shown as a
    /// checklist while it is written, not as errors.
    pub(super) checklist: Vec<Todo>,
    /// The largest file the server takes, for the form to refuse a bigger one before
    /// sending it.
    pub(super) max_upload: u64,
    /// Set when the secretariat previews the form: nothing can be sent.
    pub(super) preview: Option<Preview>,
    /// Once submitted: the reference, when, and the printable receipt.
    pub(super) receipt: Option<Receipt>,
    /// The secretariat's question, while it waits for the focal point's answer.
    pub(super) clarification: Option<Asked>,
}

/// What a submitted nomination's page and printable receipt state.
pub struct Receipt {
    pub(super) reference: String,
    /// In the cycle's time zone, then in UTC.
    pub(super) submitted: String,
    pub(super) submitted_utc: String,
    pub(super) submitted_iso: String,
    pub(super) url: String,
}

/// A clarification question as the focal point reads it.
pub struct Asked {
    pub(super) question: String,
    pub(super) asked_by: String,
    pub(super) asked: String,
    pub(super) due: String,
    pub(super) due_iso: String,
    pub(super) time_left: String,
    /// The answer as typed or stored.
    pub(super) answer: String,
    pub(super) error: Option<String>,
}

/// What a preview of a cycle's forms offers: the other categories' forms, and each
/// scoring stage's rubric.
pub struct Preview {
    pub cycle_id: Uuid,
    pub cycle_name: String,
    /// The category whose form is shown.
    pub category: String,
    /// The stage whose rubric is shown, or empty.
    pub stage: String,
    pub categories: Vec<(String, String)>,
    pub stages: Vec<(String, String)>,
}

/// The nomination form of a cycle as a focal point will see it, for the secretariat.
pub(in crate::http::web) fn preview_page(
    signed_in: &SignedIn,
    form: &Form,
    preview: Preview,
    now: chrono::DateTime<chrono::Utc>,
) -> NominationPage {
    let mut page = page(signed_in, form, None, Vec::new(), now);
    page.autosave = false;
    page.can_withdraw = false;
    page.preview = Some(preview);
    page
}

pub struct Field {
    pub(super) name: String,
    pub(super) label: String,
    pub(super) help: Option<String>,
    pub(super) kind: QuestionKind,
    pub(super) required: bool,
    pub(super) max_length: Option<i32>,
    /// Each choice as stored (the default language) and as shown (the reader's).
    pub(super) choices: Vec<(String, String)>,
    pub(super) value: String,
    pub(super) error: Option<String>,
    /// What the draft still needs here before it can be submitted.
    pub(super) todo: Option<String>,
}

/// One line of a draft's checklist: where to go, and what to do there.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Todo {
    pub(super) href: String,
    pub(super) text: String,
}

impl NominationPage {
    /// Why a file chosen on the form will not be sent, in the reader's language: the
    /// script shows it beside the field before any byte is uploaded.
    pub(super) fn too_large(&self) -> String {
        let limit = crate::domain::attachment::megabytes(self.max_upload);
        capitalise(&self.nav.lang.t_with("refusal-file-over-limit", &[("megabytes", limit.into())]))
    }
}

impl Field {
    /// The element's id: field names hold dots, which CSS selectors and fragment links
    /// would need escaped.
    pub fn id(&self) -> String {
        format!("f-{}", self.name.replace('.', "-"))
    }

    /// The ids of what describes the input: its problem (to fix, or still to do), then
    /// its help.
    pub fn described_by(&self) -> String {
        let id = self.id();
        let problem = if self.error.is_some() {
            Some(format!("{id}-error"))
        } else {
            self.todo.as_ref().map(|_| format!("{id}-todo"))
        };
        let help = self.help.as_ref().map(|_| format!("{id}-help"));
        problem.into_iter().chain(help).collect::<Vec<_>>().join(" ")
    }
}

pub struct AttachmentRow {
    pub(super) id: Uuid,
    pub(super) name: String,
    pub(super) size: String,
    pub(super) url: String,
}

/// What the form carried, by field name.
pub(super) struct Posted {
    pub(super) version: Option<i32>,
    pub(super) action: String,
    pub(super) values: BTreeMap<String, String>,
}

impl Posted {
    pub(super) fn from(upload: &Upload) -> Self {
        let values: BTreeMap<String, String> = upload
            .fields
            .iter()
            .filter(|(k, _)| {
                k.as_str() == "title"
                    || k.as_str() == "institution"
                    || k.as_str() == "summary"
                    || k.as_str() == "language"
                    || k.as_str() == "clarification_answer"
                    || k.starts_with("answers.")
            })
            // Browsers send line breaks as CRLF; store them as typed.
            .map(|(k, v)| (k.clone(), v.replace("\r\n", "\n")))
            .collect();
        Self {
            version: upload.fields.get("version").and_then(|v| v.parse().ok()),
            action: upload.fields.get("action").cloned().unwrap_or_else(|| "save".into()),
            values,
        }
    }

    pub(super) fn draft(&self, form: &Form, category: Option<String>) -> Draft {
        let text = |k: &str| self.values.get(k).cloned();
        let answers = form
            .questions
            .iter()
            .filter_map(|q| {
                let key = format!("answers.{}", q.key);
                self.values.get(&key).map(|v| (q.key.clone(), v.clone()))
            })
            .collect();
        Draft {
            category,
            title: text("title"),
            institution: text("institution"),
            summary: text("summary"),
            answers,
            // A language Laurel does not speak leaves the stored one (or, new, the writer's own).
            language: self.values.get("language").and_then(|l| l.parse().ok()),
        }
    }
}

/// Builds the page from the stored nomination, overlaid with what was posted (so a
/// refused save shows what the focal point typed, not what was stored).
pub(super) fn page(
    signed_in: &SignedIn,
    form: &Form,
    posted: Option<&Posted>,
    errors: Vec<FieldError>,
    now: chrono::DateTime<chrono::Utc>,
) -> NominationPage {
    let stored = form.nomination.as_ref();
    let value = |name: &str| -> String {
        if let Some(v) = posted.and_then(|p| p.values.get(name)) {
            return v.clone();
        }
        let Some(n) = stored else { return String::new() };
        match name {
            "title" => n.title.clone(),
            "institution" => n.institution.clone(),
            "summary" => n.summary.clone(),
            other => other.strip_prefix("answers.").and_then(|k| n.answers.get(k)).cloned().unwrap_or_default(),
        }
    };
    let lang = signed_in.viewer.lang;
    let errors = FieldErrors(errors);
    let todos = FieldErrors(stored.map(|n| n.problems.clone()).unwrap_or_default());
    let mut fields: Vec<Field> = FIXED_FIELDS
        .iter()
        .map(|f| Field {
            name: f.name.to_owned(),
            label: lang.t(match f.name {
                "title" => "nomination-field-title",
                "institution" => "nomination-field-institution",
                _ => "nomination-field-summary",
            }),
            help: None,
            kind: f.kind,
            required: true,
            max_length: i32::try_from(f.max_chars).ok(),
            choices: Vec::new(),
            value: value(f.name),
            error: errors.get(f.name).map(str::to_owned),
            todo: todos.get(f.name).map(str::to_owned),
        })
        .collect();
    for q in &form.questions {
        let name = format!("answers.{}", q.key);
        let words = &form.labels;
        fields.push(Field {
            label: words.question(&q.key, lang, &q.label).to_owned(),
            help: q.help.as_deref().map(|h| words.question_help(&q.key, lang, h).to_owned()),
            kind: q.kind,
            required: q.required,
            max_length: q.max_length,
            // Stored as the default language's words; shown in the reader's.
            choices: q.choices.iter().map(|c| (c.clone(), words.choice(&q.key, lang, c).to_owned())).collect(),
            value: value(&name),
            error: errors.get(&name).map(str::to_owned),
            todo: todos.get(&name).map(str::to_owned),
            name,
        });
    }
    let checklist = checklist(lang, &fields, todos.get("attachments"));
    let answer_error = errors.get("answer").map(str::to_owned);
    let (action, heading, version, attachments, id) = match stored {
        Some(n) => (
            format!("/nominations/{}", n.id),
            if n.title.trim().is_empty() { lang.t("nomination-untitled") } else { n.title.clone() },
            n.version,
            n.attachments
                .iter()
                .map(|a| AttachmentRow {
                    id: a.id,
                    name: a.name.clone(),
                    size: human_size(lang, a.size),
                    url: format!("/nominations/{}/attachments/{}", n.id, a.id),
                })
                .collect(),
            Some(n.id),
        ),
        None => (format!("/cycles/{}/nominations", form.cycle_id), lang.t("nomination-new"), 0, Vec::new(), None),
    };
    let count = i32::try_from(attachments.len()).unwrap_or(i32::MAX);
    NominationPage {
        nav: Nav::from(&signed_in.viewer),
        action,
        heading,
        cycle_name: form.cycle_name.clone(),
        category_key: form.category_key.clone(),
        category_name: form.category_name.clone(),
        deadline: format::Zoned::new(form.closes_at, &form.time_zone).instant(lang),
        deadline_iso: iso(form.closes_at),
        time_left: format::time_left_in(lang, form.closes_at, now),
        status: form.status.label(lang),
        status_key: form.status.as_str(),
        version,
        language: posted
            .and_then(|p| p.values.get("language"))
            .and_then(|l| l.parse().ok())
            .or_else(|| stored.and_then(|n| n.language))
            .unwrap_or(lang),
        fields,
        attachments,
        max_attachments: form.max_attachments,
        min_attachments: form.min_attachments,
        can_attach: form.can_edit && count < form.max_attachments,
        can_edit: form.can_edit,
        can_submit: form.can_submit,
        can_withdraw: form.can_withdraw,
        autosave: form.can_edit && form.status == NominationStatus::Draft,
        withdraw_action: id.map(|id| format!("/nominations/{id}/withdraw")).unwrap_or_default(),
        notice: None,
        alert: None,
        file_error: errors.get("file").map(str::to_owned),
        attachments_error: errors.get("attachments").map(str::to_owned),
        errors,
        checklist,
        max_upload: 0,
        preview: None,
        receipt: stored.and_then(|n| receipt_of(lang, n, &form.time_zone)),
        clarification: stored.and_then(|n| {
            let c = n.clarification.as_ref()?;
            (form.status == NominationStatus::ClarificationRequested).then(|| Asked {
                question: c.question.clone(),
                asked_by: c.asked_by.clone().unwrap_or_else(|| lang.t("nomination-clarification-secretariat")),
                asked: c.asked_at.map(|at| format::Zoned::new(at, &form.time_zone).instant(lang)).unwrap_or_default(),
                due: c.due_at.map(|at| format::Zoned::new(at, &form.time_zone).instant(lang)).unwrap_or_default(),
                due_iso: c.due_at.map(iso).unwrap_or_default(),
                time_left: c.due_at.map(|at| format::time_left_in(lang, at, now)).unwrap_or_default(),
                answer: posted
                    .and_then(|p| p.values.get("clarification_answer").cloned())
                    .or_else(|| c.answer.clone())
                    .unwrap_or_default(),
                error: answer_error.clone(),
            })
        }),
    }
}

/// The receipt of a nomination submitted at least once.
pub(super) fn receipt_of(lang: Lang, n: &nominations::NominationView, time_zone: &str) -> Option<Receipt> {
    let (reference, at) = (n.reference.clone()?, n.submitted_at?);
    let zoned = format::Zoned::new(at, time_zone);
    Some(Receipt {
        reference,
        submitted: zoned.instant(lang),
        submitted_utc: zoned.in_utc().instant(lang),
        submitted_iso: iso(at),
        url: format!("/nominations/{}/receipt", n.id),
    })
}

/// The draft's checklist, in the form's order, each line naming its field once.
pub(super) fn checklist(lang: Lang, fields: &[Field], attachments: Option<&str>) -> Vec<Todo> {
    let line = |field: &str, message: &str| {
        lang.t_with("nomination-problem", &[("field", crate::i18n::isolate(field).into()), ("message", message.into())])
    };
    fields
        .iter()
        .filter_map(|f| f.todo.as_ref().map(|t| Todo { href: format!("#{}", f.id()), text: line(&f.label, t) }))
        .chain(
            attachments.map(|t| Todo { href: "#attachments".into(), text: line(&lang.t("nomination-attachments"), t) }),
        )
        .collect()
}

pub(in crate::http::web) fn human_size(lang: Lang, bytes: i64) -> String {
    // Display only.
    #[allow(clippy::cast_precision_loss)]
    let b = bytes as f64;
    // As numbers with their decimals, so each language writes its own: "1,5 Mo".
    let number = |n: String| {
        use fluent_templates::fluent_bundle::{FluentValue, types::FluentNumber};
        n.parse::<FluentNumber>().map_or_else(|_| FluentValue::from(n.clone()), FluentValue::Number)
    };
    if b >= 1024.0 * 1024.0 {
        lang.t_with("size-megabytes", &[("size", number(format!("{:.1}", b / (1024.0 * 1024.0))))])
    } else if b >= 1024.0 {
        lang.t_with("size-kilobytes", &[("size", number(format!("{:.0}", b / 1024.0)))])
    } else {
        lang.t_with("size-bytes", &[("count", bytes.into())])
    }
}

#[derive(Deserialize)]
pub(super) struct Done {
    pub(super) done: Option<String>,
}

pub(super) fn notice(lang: Lang, done: Option<&str>) -> Option<String> {
    Some(lang.t(match done? {
        "saved" => "nomination-notice-saved",
        "attached" => "nomination-notice-attached",
        "removed" => "nomination-notice-removed",
        "submitted" => "nomination-notice-submitted",
        "withdrawn" => "nomination-notice-withdrawn",
        "answered" => "nomination-notice-answered",
        _ => return None,
    }))
}
