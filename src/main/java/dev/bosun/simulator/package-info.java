/**
 * A deterministic simulated marketplace: a seller's store on Amazon (catalog, demand, ads auction, supply and
 * stock-outs, customers, money, competitors) run day by day from a seed, written as Amazon's own report files with
 * a {@code truth.json} of the figures they hold. It is the demo store, a training sandbox and the test bed of every
 * rule: files enter Bosun only through the report importer. API: {@link dev.bosun.simulator.StoreSimulator} and
 * {@code bosun simulate}; the model lives in {@code domain}, the file formats in {@code reports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulated marketplace")
package dev.bosun.simulator;
