/**
 * Value types every module may use: marketplaces and regions of Amazon, money and other quantities.
 * Holds no services and no state; nothing here touches Spring or the database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.bosun.shared;
