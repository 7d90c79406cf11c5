package dev.bosun.accounts;

import java.time.Instant;

/** That a secret is stored for an account, when and by whom, and its last four characters; never the secret. */
public record CredentialStatus(String kind, String hint, Instant updatedAt, String updatedBy) {}
