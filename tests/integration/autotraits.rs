//! Every public type is `Send + Sync` (and the configuration types are `Copy`).

fn assert_send_sync<T: Send + Sync>() {}
fn assert_copy<T: Copy>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<arabic_news::Normalizer>();
    assert_send_sync::<arabic_news::Stemmer>();
    assert_send_sync::<arabic_news::Analyzer>();
    assert_send_sync::<arabic_news::Term<'static>>();
    assert_send_sync::<arabic_news::Terms<'static>>();
    assert_send_sync::<arabic_news::Span>();
    assert_send_sync::<arabic_news::Error>();
    assert_send_sync::<arabic_news::ErrorKind>();
    assert_send_sync::<arabic_news::Date>();
    assert_send_sync::<arabic_news::NewsDate>();
    assert_send_sync::<arabic_news::DateRole>();
    assert_send_sync::<arabic_news::DateParser>();
    assert_send_sync::<arabic_news::Dates<'static>>();
    assert_send_sync::<arabic_news::Time>();
    assert_send_sync::<arabic_news::UtcOffset>();
    assert_send_sync::<arabic_news::HijriDate>();
    assert_send_sync::<arabic_news::Weekday>();
    assert_send_sync::<arabic_news::Calendar>();
    assert_send_sync::<arabic_news::TimeUnit>();
    assert_send_sync::<arabic_news::Ago>();
    assert_send_sync::<arabic_news::ClockTime>();
    assert_send_sync::<arabic_news::Token<'static>>();
    assert_send_sync::<arabic_news::TokenKind>();
    assert_send_sync::<arabic_news::Script>();
    assert_send_sync::<arabic_news::Tokens<'static>>();
    assert_send_sync::<arabic_news::Words<'static>>();
    assert_send_sync::<arabic_news::Normalized<'static>>();
    assert_send_sync::<arabic_news::Sentence<'static>>();
    assert_send_sync::<arabic_news::Sentences<'static>>();
    assert_send_sync::<arabic_news::Article>();
    assert_send_sync::<arabic_news::ArticleDate>();
    assert_send_sync::<arabic_news::Byline>();
    assert_send_sync::<arabic_news::Quote>();
    assert_send_sync::<arabic_news::Dateline>();
    assert_send_sync::<arabic_news::AgencyRef>();
    assert_send_sync::<arabic_news::Agency>();
    assert_send_sync::<arabic_news::Parser>();
    assert_copy::<arabic_news::Analyzer>();
    assert_copy::<arabic_news::Parser>();
    assert_copy::<arabic_news::Agency>();
    assert_copy::<arabic_news::Token<'static>>();
    assert_copy::<arabic_news::TokenKind>();
    assert_copy::<arabic_news::Normalizer>();
    assert_copy::<arabic_news::DateParser>();
    assert_copy::<arabic_news::Date>();
    assert_copy::<arabic_news::Time>();
    assert_copy::<arabic_news::UtcOffset>();
    assert_copy::<arabic_news::HijriDate>();
    assert_copy::<arabic_news::Span>();
}
