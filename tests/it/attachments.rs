//! Supporting documents through the API: accepted by their bytes, limited in size and
//! number, stored once per SHA-256, readable only by whoever may see the nomination,
//! required where the cycle says so, and frozen at the deadline.

use entity::blob;
use reqwest::header;
use sea_orm::{EntityTrait as _, PaginatorTrait as _};
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

use crate::harness::{TestApp, complete_nomination, example_cycle, problem};

/// A small but real PDF: a one-page document a viewer opens.
pub const PDF: &[u8] = b"%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
";

const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R', 0, 0, 0, 1, 0, 0, 0, 1, 8,
    6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89,
];

struct Setup {
    app: TestApp,
    cycle: String,
    kenya: String,
}

async fn setup_with(configure: impl FnOnce(&mut Value), max_upload: Option<u64>) -> Setup {
    let app = match max_upload {
        Some(limit) => TestApp::spawn_with(|s| s.max_upload = limit).await,
        None => TestApp::spawn().await,
    };
    let mut definition = example_cycle(app.now(), -1, 30);
    configure(&mut definition);
    let definition = laurel::domain::definition::parse(&definition).unwrap();
    let actor = laurel::service::Actor::operator();
    let id = laurel::service::cycles::create_cycle(&app.db, &actor, None, &definition, app.now()).await.unwrap();
    app.person("focal@gov.ke", "nominator", Some("KEN"), None).await;
    let kenya = app.token("focal@gov.ke").await;
    Setup { app, cycle: id.to_string(), kenya }
}

impl Setup {
    async fn nomination(&self) -> String {
        let url = self.app.url(&format!("/api/v1/cycles/{}/nominations", self.cycle));
        let response = self
            .app
            .client
            .post(url)
            .bearer_auth(&self.kenya)
            .json(&complete_nomination("digital-transformation"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
    }

    async fn attach(&self, token: &str, nomination: &str, name: &str, bytes: &[u8]) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_owned());
        self.app
            .client
            .post(self.app.url(&format!("/api/v1/nominations/{nomination}/attachments")))
            .bearer_auth(token)
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send()
            .await
            .unwrap()
    }

    async fn get(&self, token: &str, path: &str) -> reqwest::Response {
        self.app.client.get(self.app.url(path)).bearer_auth(token).send().await.unwrap()
    }
}

#[tokio::test]
async fn a_pdf_is_stored_with_its_sha256_and_read_back_byte_for_byte_by_its_state_and_the_secretariat_only() {
    let s = setup_with(|_| {}, None).await;
    let nomination = s.nomination().await;

    let response = s.attach(&s.kenya, &nomination, r"C:\Users\focal\Desktop\Huduma plan.pdf", PDF).await;
    assert_eq!(response.status(), 201);
    let added: Value = response.json().await.unwrap();
    assert_eq!(added["name"], "Huduma plan.pdf", "the path the browser sent is dropped");
    assert_eq!(added["size"], PDF.len());
    assert_eq!(added["sha256"], hex::encode(Sha256::digest(PDF)));

    let path = format!("/api/v1/nominations/{nomination}/attachments/{}", added["id"].as_str().unwrap());
    let download = s.get(&s.kenya, &path).await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(download.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let disposition = download.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment;") && disposition.contains("Huduma%20plan.pdf"), "{disposition}");
    assert_eq!(download.bytes().await.unwrap().as_ref(), PDF);

    // The nomination lists it.
    let n: Value = s.get(&s.kenya, &format!("/api/v1/nominations/{nomination}")).await.json().await.unwrap();
    assert_eq!(n["attachments"][0]["name"], "Huduma plan.pdf");

    // The secretariat reads it; France's focal point is told it does not exist.
    s.app.person("secretariat@un.example", "admin", None, None).await;
    let admin = s.app.token("secretariat@un.example").await;
    assert_eq!(s.get(&admin, &path).await.status(), 200);
    s.app.person("focal@gouv.fr", "nominator", Some("FRA"), None).await;
    let france = s.app.token("focal@gouv.fr").await;
    let refused = s.get(&france, &path).await;
    assert_eq!(refused.status(), 404);
    assert_eq!(problem(refused).await["code"], "not_found");
    assert_eq!(s.attach(&france, &nomination, "mine.pdf", PDF).await.status(), 404, "nor may France attach to it");

    assert!(s.app.audit_actions().await.contains(&"nomination.attachment_added".to_owned()));
}

#[tokio::test]
async fn a_file_is_judged_by_its_bytes_not_its_name() {
    let s = setup_with(|_| {}, None).await;
    let nomination = s.nomination().await;

    let zip = b"PK\x03\x04\x14\x00\x00\x00 a word document in disguise";
    let response = s.attach(&s.kenya, &nomination, "report.pdf", zip).await;
    assert_eq!(response.status(), 415);
    let body = problem(response).await;
    assert_eq!(body["code"], "unsupported_media_type");
    assert!(body["detail"].as_str().unwrap().contains("not a PDF, PNG or JPEG"), "{body}");

    // A PNG named .pdf is accepted as the PNG it is, under a name that says so.
    let response = s.attach(&s.kenya, &nomination, "chart.pdf", PNG).await;
    assert_eq!(response.status(), 201);
    let added: Value = response.json().await.unwrap();
    assert_eq!((added["name"].as_str(), added["content_type"].as_str()), (Some("chart.pdf.png"), Some("image/png")));

    // No file at all names the field.
    let response = s
        .app
        .client
        .post(s.app.url(&format!("/api/v1/nominations/{nomination}/attachments")))
        .bearer_auth(&s.kenya)
        .multipart(reqwest::multipart::Form::new().text("note", "forgot the file"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    assert_eq!(problem(response).await["errors"][0]["field"], "file");

    // JSON is not an upload.
    let response = s
        .app
        .client
        .post(s.app.url(&format!("/api/v1/nominations/{nomination}/attachments")))
        .bearer_auth(&s.kenya)
        .json(&json!({ "file": "JVBERi0=" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(problem(response).await["code"], "bad_request");
}

#[tokio::test]
async fn uploads_over_the_size_limit_or_past_the_count_are_refused_and_nothing_is_kept() {
    let s = setup_with(|d| d["max_attachments"] = json!(2), Some(4096)).await;
    let nomination = s.nomination().await;

    let mut big = PDF.to_vec();
    big.resize(4097, b' ');
    let response = s.attach(&s.kenya, &nomination, "big.pdf", &big).await;
    assert_eq!(response.status(), 413);
    assert_eq!(problem(response).await["code"], "too_large");
    // Far over the limit, the server stops reading early and says the same.
    let huge = vec![b'%'; 100 * 1024];
    let response = s.attach(&s.kenya, &nomination, "huge.pdf", &huge).await;
    assert_eq!(response.status(), 413);

    let mut exact = PDF.to_vec();
    exact.resize(4096, b' ');
    assert_eq!(s.attach(&s.kenya, &nomination, "exact.pdf", &exact).await.status(), 201, "the limit is inclusive");
    assert_eq!(s.attach(&s.kenya, &nomination, "one.pdf", PDF).await.status(), 201);
    let third = s.attach(&s.kenya, &nomination, "two.png", PNG).await;
    assert_eq!(third.status(), 422);
    let body = problem(third).await;
    assert_eq!(body["errors"][0]["field"], "file");
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("at most 2 attachments"), "{body}");

    let n: Value = s.get(&s.kenya, &format!("/api/v1/nominations/{nomination}")).await.json().await.unwrap();
    assert_eq!(n["attachments"].as_array().unwrap().len(), 2);
    assert_eq!(blob::Entity::find().count(&s.app.db).await.unwrap(), 2, "no bytes kept from refused uploads");
}

#[tokio::test]
async fn identical_files_are_stored_once_and_removing_the_last_user_frees_the_bytes() {
    let s = setup_with(|_| {}, None).await;
    let first = s.nomination().await;
    let second = s.nomination().await;
    let a: Value = s.attach(&s.kenya, &first, "plan.pdf", PDF).await.json().await.unwrap();
    let b: Value = s.attach(&s.kenya, &second, "same plan.pdf", PDF).await.json().await.unwrap();
    assert_eq!(a["sha256"], b["sha256"]);
    assert_eq!(blob::Entity::find().count(&s.app.db).await.unwrap(), 1);

    let delete = |nomination: String, id: Value| {
        let url = s.app.url(&format!("/api/v1/nominations/{nomination}/attachments/{}", id.as_str().unwrap()));
        s.app.client.delete(url).bearer_auth(&s.kenya).send()
    };
    assert_eq!(delete(first.clone(), a["id"].clone()).await.unwrap().status(), 204);
    assert_eq!(blob::Entity::find().count(&s.app.db).await.unwrap(), 1, "the second nomination still uses it");
    let path = format!("/api/v1/nominations/{second}/attachments/{}", b["id"].as_str().unwrap());
    assert_eq!(s.get(&s.kenya, &path).await.bytes().await.unwrap().as_ref(), PDF);
    assert_eq!(delete(second, b["id"].clone()).await.unwrap().status(), 204);
    assert_eq!(blob::Entity::find().count(&s.app.db).await.unwrap(), 0);
    assert!(s.app.audit_actions().await.contains(&"nomination.attachment_removed".to_owned()));
}

#[tokio::test]
async fn a_cycle_that_requires_documents_refuses_submission_without_them() {
    let s = setup_with(|d| d["min_attachments"] = json!(1), None).await;
    let nomination = s.nomination().await;
    let submit = || {
        s.app.client.post(s.app.url(&format!("/api/v1/nominations/{nomination}/submit"))).bearer_auth(&s.kenya).send()
    };
    let refused = submit().await.unwrap();
    assert_eq!(refused.status(), 422);
    let body = problem(refused).await;
    assert_eq!(body["code"], "validation_failed");
    assert_eq!(body["errors"][0]["field"], "attachments");
    assert!(body["errors"][0]["message"].as_str().unwrap().contains("at least 1 supporting document"), "{body}");

    assert_eq!(s.attach(&s.kenya, &nomination, "plan.pdf", PDF).await.status(), 201);
    assert_eq!(submit().await.unwrap().status(), 200);
}

#[tokio::test]
async fn after_the_deadline_files_can_be_read_but_not_added_or_removed() {
    let s = setup_with(|_| {}, None).await;
    let nomination = s.nomination().await;
    let added: Value = s.attach(&s.kenya, &nomination, "plan.pdf", PDF).await.json().await.unwrap();
    let cycle: Value = s.app.get(&format!("/api/v1/cycles/{}", s.cycle)).await.json().await.unwrap();
    let closes: chrono::DateTime<chrono::Utc> = cycle["closes_at"].as_str().unwrap().parse().unwrap();
    s.app.clock.set(closes + chrono::Duration::milliseconds(1));
    let kenya = s.app.token("focal@gov.ke").await;

    let late = s.attach(&kenya, &nomination, "late.pdf", PDF).await;
    assert_eq!(late.status(), 409);
    assert_eq!(problem(late).await["code"], "deadline_passed");
    let path = format!("/api/v1/nominations/{nomination}/attachments/{}", added["id"].as_str().unwrap());
    let removed = s.app.client.delete(s.app.url(&path)).bearer_auth(&kenya).send().await.unwrap();
    assert_eq!(removed.status(), 409);
    assert_eq!(s.get(&kenya, &path).await.status(), 200, "still readable");
}
