//! Statuses and kinds as the database stores them: each is an enum whose variants name,
//! once and beside them, the word written to the column, the API and the OpenAPI
//! document. Nothing outside these enums (and the migrations) spells a stored word.
//!
//! A declarative macro rather than strum's derives: strum takes the words from the
//! variant names (so renaming a variant would silently change what is stored, and
//! `ZScore` would be `z_score`) or from a second attribute beside serde's; here each
//! word is written exactly once.

use std::fmt;

/// A stored word that is not one of its enum's variants: bad input at the edge (a query
/// parameter, a definition), or data written by something other than Laurel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// What was expected, e.g. "stage kind".
    pub what: &'static str,
    pub value: String,
    pub allowed: &'static [&'static str],
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Beside a field, in the reader's language; the field names what was expected.
        let words = [("value", self.value.as_str().into()), ("allowed", self.allowed.join(", ").into())];
        f.write_str(&crate::i18n::say_with("refusal-unknown-word", &words))
    }
}

impl std::error::Error for UnknownValue {}

/// Declares an enum stored as text: `Variant = "word"` for each variant. It gets `ALL`,
/// `WORDS`, `as_str`, `FromStr` (with [`UnknownValue`]), `Display`, serde under the same
/// words, an OpenAPI schema listing them, and comparison with stored strings
/// (`row.status == AssignmentStatus::Pending`).
#[macro_export]
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $word:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $word)] $variant ),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The stored words, in declaration order.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }
        }

        // By hand: utoipa's derive does not see serde's renames through this macro, and
        // the words are all the schema says.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some(Self::WORDS.iter().copied()))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::domain::stored::UnknownValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($word => Ok($name::$variant),)+
                    _ => Err($crate::domain::stored::UnknownValue {
                        what: $what,
                        value: s.to_owned(),
                        allowed: Self::WORDS,
                    }),
                }
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.as_str()
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.as_str()
            }
        }
    };
}

/// Asserts that every variant of a stored enum round-trips through its word, that serde
/// writes the same word, and that the words are exactly `expected` (so renaming a
/// variant or a word, which would orphan stored rows, fails a test).
#[cfg(test)]
#[macro_export]
macro_rules! assert_stored_words {
    ($name:ty, $expected:expr) => {{
        let expected: &[&str] = &$expected;
        assert_eq!(<$name>::WORDS, expected, "the stored words of {}", stringify!($name));
        for v in <$name>::ALL.iter().copied() {
            assert_eq!(v.as_str().parse::<$name>(), Ok(v));
            assert_eq!(serde_json::to_value(v).ok(), Some(serde_json::Value::String(v.as_str().to_owned())));
            let stored: String = v.as_str().into();
            assert!(stored == v, "a stored string compares equal to its variant");
        }
        assert!("not a word".parse::<$name>().is_err());
    }};
}
