package dev.bosun.simulator.domain;

/**
 * A freight forwarder moving goods from the factory to Amazon's fulfilment centres.
 *
 * @param mode SEA or AIR
 * @param transitDays mean days door to door
 * @param deviationDays the spread of the transit time (ships wait, ports congest)
 */
public record Forwarder(String name, String mode, double transitDays, double deviationDays) {}
