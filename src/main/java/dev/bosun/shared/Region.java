package dev.bosun.shared;

/**
 * The three Selling Partner API regions. A seller account on Amazon is unified per region: one login, one
 * merchant token, several marketplaces.
 */
public enum Region {
    NA,
    EU,
    FE
}
