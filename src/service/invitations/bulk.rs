//! Inviting many people at once: a pasted list read, checked row by row, and sent.

use super::*;

/// One row of a list of people to invite, as checked.
#[derive(Debug, Clone)]
pub struct BulkRow {
    /// Its place in the list, from 1.
    pub row: usize,
    pub email: String,
    /// Every field to fix; empty when the row can be sent.
    pub errors: Vec<FieldError>,
    /// The invitation, once sent.
    pub sent: Option<Sent>,
}

/// What became of a list of people to invite.
#[derive(Debug, Clone)]
pub struct Bulk {
    pub rows: Vec<BulkRow>,
    /// Whether the invitations went out: never for a dry run, nor when any row is refused.
    pub sent: bool,
}

impl Bulk {
    /// How many rows were refused.
    #[must_use]
    pub fn refused(&self) -> usize {
        self.rows.iter().filter(|r| !r.errors.is_empty()).count()
    }
}

/// The most people one list may invite: more than every member state's focal point and
/// a jury, few enough that a mistaken paste cannot flood the outbox.
pub const BULK_LIMIT: usize = 500;

/// Checks a list of people to invite, every row at once (an address twice in the list is
/// refused on its second row), and sends the invitations only when the list is not a
/// dry run and no row is refused: all of them in one transaction, or none.
///
/// # Errors
/// `Forbidden` for non-admins; `Validation` for an empty list or one over [`BULK_LIMIT`].
pub async fn invite_many(
    db: &DatabaseConnection,
    caller: &Caller,
    people: Vec<NewInvitation>,
    dry_run: bool,
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<Bulk> {
    caller.require_admin()?;
    if people.is_empty() {
        return Err(Error::validation("people", crate::i18n::say("refusal-bulk-empty")));
    }
    if people.len() > BULK_LIMIT {
        let words = [("count", people.len().into()), ("limit", BULK_LIMIT.into())];
        return Err(Error::validation("people", crate::i18n::say_with("refusal-bulk-too-many", &words)));
    }
    let states = States::read(db).await?;
    let taken = with_accounts(db, people.iter().map(|p| p.email.clone())).await?;
    let language = caller.language.unwrap_or(Lang::DEFAULT);
    let mut seen = HashSet::new();
    let mut rows = Vec::with_capacity(people.len());
    let mut ready = Vec::with_capacity(people.len());
    for (row, new) in (1..).zip(people) {
        let email = new.email.trim().to_owned();
        let mut errors = match check(new, &states, &taken, language) {
            Ok(invitee) => {
                let first = seen.insert(invitee.email.as_str().to_owned());
                ready.push(invitee);
                if first {
                    Vec::new()
                } else {
                    let words = [("email", email.as_str().into())];
                    vec![FieldError::new("email", crate::i18n::say_with("refusal-bulk-repeated", &words))]
                }
            }
            Err(errors) => errors,
        };
        errors.dedup_by(|a, b| a.field == b.field && a.message == b.message);
        rows.push(BulkRow { row, email, errors, sent: None });
    }
    let refused = rows.iter().any(|r| !r.errors.is_empty());
    if dry_run || refused {
        return Ok(Bulk { rows, sent: false });
    }
    let tx = db::begin_write(db).await?;
    for (row, invitee) in rows.iter_mut().zip(ready) {
        row.sent = Some(write(&tx, caller, Uuid::now_v7(), invitee, base_url, now).await?);
    }
    tx.commit().await?;
    Ok(Bulk { rows, sent: true })
}

/// A list of people as pasted from a spreadsheet or uploaded as a CSV file, before any
/// check: each person with the line of the text they came from.
#[derive(Debug, Clone, Default)]
pub struct PastedList {
    pub people: Vec<(usize, NewInvitation)>,
}

/// Reads a list of people: columns `name`, `email`, `role`, `member_state` and
/// `nationality`, named in a first line or else in that order; separated by commas,
/// semicolons (a spreadsheet saved in many European locales) or tabs (cells copied from
/// a spreadsheet), whichever the first line uses most. Roles may be written as Laurel
/// stores them or as people say them ("focal point", "juror", "secretariat").
///
/// # Errors
/// A sentence naming the line that cannot be read as CSV.
pub fn read_list(text: &str) -> std::result::Result<PastedList, String> {
    // Browsers send a text area's lines ending in CR LF, which throws the reader's line
    // count off by one; the lines people see end in LF.
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let text = text.as_str();
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    let delimiter =
        [b'\t', b';', b','].into_iter().max_by_key(|d| first.bytes().filter(|b| b == d).count()).unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut columns = ["name", "email", "role", "member_state", "nationality"].map(str::to_owned).to_vec();
    let mut people = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(index + 1, |p| usize::try_from(p.line()).unwrap_or(index + 1));
            crate::i18n::say_with("refusal-bulk-unreadable", &[("line", line.into())])
        })?;
        let line = record.position().map_or(index + 1, |p| usize::try_from(p.line()).unwrap_or(index + 1));
        if record.iter().all(str::is_empty) {
            continue;
        }
        let heading = |cell: &str| cell.to_lowercase().replace([' ', '-'], "_");
        if people.is_empty() && record.iter().any(|cell| heading(cell) == "email") {
            columns = record.iter().map(heading).collect();
            continue;
        }
        let cell = |name: &str| {
            columns
                .iter()
                .position(|c| c == name)
                .and_then(|i| record.get(i))
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        people.push((
            line,
            NewInvitation {
                name: cell("name"),
                email: cell("email").unwrap_or_default(),
                role: cell("role").map(|r| spoken_role(&r)).unwrap_or_default(),
                member_state: cell("member_state").or_else(|| cell("state")).or_else(|| cell("country")),
                nationality: cell("nationality"),
                language: cell("language").and_then(|l| l.parse().ok()),
            },
        ));
    }
    Ok(PastedList { people })
}

/// A role as people write it in a spreadsheet, as Laurel stores it; anything else is
/// passed on for the check to name.
pub(super) fn spoken_role(raw: &str) -> String {
    let word = raw.trim().to_lowercase().replace(['_', '-'], " ");
    let role = match word.as_str() {
        "focal point" | "nominator" => Role::Nominator,
        "juror" | "jury" | "jury member" | "expert" | "reviewer" => Role::Reviewer,
        "secretariat" | "administrator" | "admin" => Role::Admin,
        _ => return raw.trim().to_owned(),
    };
    role.as_str().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_list_is_read_with_or_without_headings_in_any_separator() {
        let with_headings =
            "Email;Name;Role;Member state\nfocal@gov.ke;Amina;focal point;Kenya\n\n;;;\nexpert@uni.example;Li;Juror;\n";
        let read = read_list(with_headings).unwrap().people;
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].0, 2);
        assert_eq!(read[0].1.email, "focal@gov.ke");
        assert_eq!(read[0].1.role, "nominator");
        assert_eq!(read[0].1.member_state.as_deref(), Some("Kenya"));
        assert_eq!((read[1].0, read[1].1.role.as_str(), read[1].1.member_state.as_deref()), (5, "reviewer", None));

        let from_a_form = "name,email,role\r\nA,a@x.org,juror\r\nB,b@x.org,juror\r\n";
        let lines: Vec<usize> = read_list(from_a_form).unwrap().people.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [2, 3], "browsers send a text area's lines ending in CR LF");

        let copied_cells = "Amina Diallo\tfocal@gov.sn\tnominator\tSEN\n";
        let read = read_list(copied_cells).unwrap().people;
        assert_eq!(read[0].1.name.as_deref(), Some("Amina Diallo"));
        assert_eq!(read[0].1.member_state.as_deref(), Some("SEN"));

        let quoted = "\"Diallo, Amina\",focal@gov.sn,chair\n";
        let read = read_list(quoted).unwrap().people;
        assert_eq!(read[0].1.name.as_deref(), Some("Diallo, Amina"));
        assert_eq!(read[0].1.role, "chair", "an unknown role is left for the check to name");
    }
}
