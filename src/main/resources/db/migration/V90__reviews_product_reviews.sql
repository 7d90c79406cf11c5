-- Product reviews imported from Bosun's product-reviews template: one row per review of a marketplace.
-- A later file with the same review id replaces the row (a reviewer may edit a review).
-- title, review_text and reviewer are the buyer's own text, stored as given (escaped when displayed).

create table product_reviews (
    account_id         bigint not null references seller_accounts (id) on delete cascade,
    marketplace        varchar(2) not null,
    review_id          varchar(80) not null,
    asin               varchar(20) not null,
    reviewed_on        date not null,
    stars              smallint not null,
    title              varchar(1000),
    review_text        text,
    reviewer           varchar(200),
    verified_purchase  boolean,
    variant            varchar(400),
    batch_id           bigint not null,
    primary key (account_id, marketplace, review_id),
    constraint product_reviews_stars_ck check (stars between 1 and 5)
);

create index product_reviews_asin_ix on product_reviews (account_id, asin, reviewed_on);
