/**
 * What every capability stands on: settings, the database (an embedded PostgreSQL by default, any PostgreSQL
 * through {@code BOSUN_DB_URL}), the command line framework and the web shell (layout, navigation, language).
 * Business modules may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.bosun.platform;
