package dev.bosun.workflow;

import dev.bosun.accounts.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which items to list. An empty set means "any".
 *
 * @param areas the areas to include
 * @param severities the severities to include
 * @param roles the roles whose items to include
 * @param statuses the statuses to include
 */
public record ItemFilter(Set<ReviewArea> areas, Set<Severity> severities, Set<Role> roles, Set<ItemStatus> statuses) {

    public ItemFilter {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Every item the review found on the date, whatever its status. */
    public static ItemFilter all() {
        return new ItemFilter(Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** The open items only. */
    public static ItemFilter open() {
        return new ItemFilter(Set.of(), Set.of(), Set.of(), EnumSet.of(ItemStatus.OPEN));
    }

    public ItemFilter withAreas(Set<ReviewArea> areas) {
        return new ItemFilter(areas, severities, roles, statuses);
    }

    public ItemFilter withSeverities(Set<Severity> severities) {
        return new ItemFilter(areas, severities, roles, statuses);
    }

    public ItemFilter withRoles(Set<Role> roles) {
        return new ItemFilter(areas, severities, roles, statuses);
    }

    public ItemFilter withStatuses(Set<ItemStatus> statuses) {
        return new ItemFilter(areas, severities, roles, statuses);
    }

    /** Whether {@code item} passes. */
    public boolean test(ActionItem item) {
        return (areas.isEmpty() || areas.contains(item.area()))
                && (severities.isEmpty() || severities.contains(item.severity()))
                && (roles.isEmpty() || roles.contains(item.role()))
                && (statuses.isEmpty() || statuses.contains(item.status()));
    }
}
