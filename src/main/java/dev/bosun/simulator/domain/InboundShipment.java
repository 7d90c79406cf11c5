package dev.bosun.simulator.domain;

/**
 * An inbound shipment of an FBA offer's units leaving the factory for Amazon (or, for the opening stock, on its
 * way before the first day): what the forwarder moves and charges for.
 *
 * @param shipDay the simulation day it left (negative for a shipment under way before the first day)
 */
public record InboundShipment(Offer offer, String shipmentId, int shipDay, int units, Forwarder forwarder) {}
