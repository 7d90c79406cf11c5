/**
 * The jOOQ classes generated at build time from the Flyway migrations (target/generated-sources/jooq). An open
 * module so that each module's {@code db} package can use them; which module owns which table is stated in the
 * migration names ({@code V<n>__<module>_<what>.sql}) and only that module's {@code db} package touches it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Generated jOOQ schema",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.bosun.jooq;
