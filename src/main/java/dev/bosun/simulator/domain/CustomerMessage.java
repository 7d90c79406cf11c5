package dev.bosun.simulator.domain;

import java.time.Instant;

/** A message a buyer sent through Buyer-Seller Messaging, and the store's answer time (null: not answered). */
public record CustomerMessage(
        Offer offer,
        String id,
        Instant receivedAt,
        String orderId,
        String buyerName,
        String subject,
        String text,
        Instant answeredAt,
        String answeredBy) {}
