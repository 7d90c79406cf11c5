package dev.bosun.simulator.domain;

import dev.bosun.shared.Marketplace;
import java.util.List;

/**
 * One day of the store's advertising in one marketplace, at every level the Ads console reports: campaigns, their
 * targets with the searches that triggered them, and the advertised products. Levels add up: a campaign's figures
 * are the sum of its targets', and of its advertised products'.
 */
public record AdDay(Marketplace marketplace, int day, List<CampaignDay> campaigns) {

    /** A campaign's day. */
    public record CampaignDay(
            Campaign campaign, AdFigures figures, List<TargetDay> targets, List<ProductDay> products) {}

    /** A target's day and its search terms (terms without clicks are not listed, as Amazon does). */
    public record TargetDay(Campaign.AdGroup group, Campaign.Target target, AdFigures figures, List<TermDay> terms) {}

    /** A search term's day under one target. */
    public record TermDay(Campaign.SearchTerm term, AdFigures figures) {}

    /** An advertised product's day in an ad group. */
    public record ProductDay(Campaign.AdGroup group, Offer offer, AdFigures figures) {}
}
