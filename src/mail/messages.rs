//! The emails Laurel sends, each a struct with its subject, text and HTML templates in
//! `templates/email/<name>.{subject.txt,txt,html}`.

use askama::Template;

use super::{Email, Rendered};

/// Renders the three templates of a message whose template structs borrow it as `m`.
macro_rules! email {
    ($message:ident, $subject:literal, $text:literal, $html:literal) => {
        const _: () = {
            // A subject need not use every field of its message.
            #[allow(dead_code)]
            #[derive(Template)]
            #[template(path = $subject)]
            struct Subject<'a> {
                m: &'a $message,
            }
            #[derive(Template)]
            #[template(path = $text)]
            struct Text<'a> {
                m: &'a $message,
            }
            #[derive(Template)]
            #[template(path = $html)]
            struct Html<'a> {
                m: &'a $message,
            }
            impl Email for $message {
                fn render(&self) -> askama::Result<Rendered> {
                    Ok(Rendered {
                        subject: Subject { m: self }.render()?.trim().to_owned(),
                        text: Text { m: self }.render()?,
                        html: Some(Html { m: self }.render()?),
                    })
                }
            }
        };
    };
}

/// An invitation to join Laurel in a role.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub invited_by: String,
    pub role: String,
    pub member_state: Option<String>,
    pub link: String,
    pub expires: String,
}
email!(Invitation, "email/invitation.subject.txt", "email/invitation.txt", "email/invitation.html");

/// A link to choose a new password.
#[derive(Debug, Clone)]
pub struct PasswordReset {
    pub name: String,
    pub link: String,
    pub expires: String,
}
email!(PasswordReset, "email/password_reset.subject.txt", "email/password_reset.txt", "email/password_reset.html");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_renders_its_link_in_both_parts_and_escapes_html() {
        let m = Invitation {
            invited_by: "Amina <Secretariat>".into(),
            role: "nominator".into(),
            member_state: Some("Kenya".into()),
            link: "https://awards.example.org/invitations/abc".into(),
            expires: "30 November 2026, 21:00 UTC".into(),
        };
        let r = m.render().unwrap();
        assert_eq!(r.subject, "You are invited to Laurel as the focal point for Kenya");
        assert!(r.text.contains("https://awards.example.org/invitations/abc"));
        assert!(r.text.contains("30 November 2026, 21:00 UTC"));
        let html = r.html.unwrap();
        assert!(html.contains(r#"href="https://awards.example.org/invitations/abc""#), "{html}");
        assert!(html.contains("Amina &#60;Secretariat&#62;") || html.contains("Amina &lt;Secretariat&gt;"), "{html}");
    }
}
