package dev.bosun.workflow.notify.domain;

/**
 * One HTTP POST to a chat webhook, before signing.
 *
 * @param json the request body
 * @param notices how many notices it carries
 */
public record ChatPost(String json, int notices) {}
