//! An email's life in the outbox.

use crate::stored_enum;

stored_enum! {
    /// Queued (and possibly claimed by a delivering instance), handed to the mail server,
    /// or given up on after the last attempt.
    pub enum OutboxStatus ("email status") {
        Pending = "pending",
        Sent = "sent",
        Failed = "failed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outbox_words_are_stable() {
        crate::assert_stored_words!(OutboxStatus, ["pending", "sent", "failed"]);
    }
}
