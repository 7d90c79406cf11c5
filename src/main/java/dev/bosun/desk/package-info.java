/**
 * The operations desk every user works in: the page shell (top bar with account, marketplace and language
 * switchers; navigation by area), the start page of each area and the times shown in the user's zone. Areas
 * whose module has no data yet explain what will appear and how to bring the data in. Uses the accounts API to
 * know who is signed in and which seller accounts they may see, and the simulator's demo store for the banner
 * shown while it is imported and the DEMO marks on its accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Desk (navigation shell)")
package dev.bosun.desk;
