package dev.bosun.advertising.changes;

import dev.bosun.advertising.AdCampaign;
import dev.bosun.advertising.AdGroup;
import dev.bosun.advertising.ProductAd;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The imported Sponsored Products structure of one marketplace, looked up the way proposals name things: campaigns
 * and ad groups by name (reports name them; bulk sheets give their ids), the product ads of each ad group.
 */
public final class StructureIndex {

    private final Map<String, AdCampaign> campaignsByName;
    private final Map<String, AdCampaign> campaignsById;
    private final Map<String, List<AdGroup>> groupsByCampaign;
    private final Map<String, List<ProductAd>> adsByGroup;

    public StructureIndex(List<AdCampaign> campaigns, List<AdGroup> groups, List<ProductAd> ads) {
        this.campaignsByName = campaigns.stream()
                .collect(Collectors.toMap(c -> c.name().toLowerCase(Locale.ROOT), c -> c, StructureIndex::live));
        this.campaignsById = campaigns.stream().collect(Collectors.toMap(AdCampaign::campaignId, c -> c));
        this.groupsByCampaign = groups.stream().collect(Collectors.groupingBy(AdGroup::campaignId));
        this.adsByGroup = ads.stream().collect(Collectors.groupingBy(ProductAd::adGroupId));
    }

    /** Of two campaigns of one name (an archived one and its successor), the one not archived. */
    private static AdCampaign live(AdCampaign a, AdCampaign b) {
        return "ARCHIVED".equals(a.state()) ? b : a;
    }

    public Optional<AdCampaign> campaign(String name) {
        return name == null
                ? Optional.empty()
                : Optional.ofNullable(campaignsByName.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<AdGroup> adGroup(AdCampaign campaign, String name) {
        if (name == null) {
            return Optional.empty();
        }
        return groupsByCampaign.getOrDefault(campaign.campaignId(), List.of()).stream()
                .filter(g -> g.name().equalsIgnoreCase(name))
                .min((a, b) -> Boolean.compare("ARCHIVED".equals(a.state()), "ARCHIVED".equals(b.state())));
    }

    public List<ProductAd> productAds(String adGroupId) {
        return adsByGroup.getOrDefault(adGroupId, List.of());
    }

    public List<AdGroup> adGroups() {
        return groupsByCampaign.values().stream().flatMap(List::stream).toList();
    }

    public Optional<AdCampaign> campaignById(String id) {
        return Optional.ofNullable(campaignsById.get(id));
    }
}
