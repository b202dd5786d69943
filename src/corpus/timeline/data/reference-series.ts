/** @module Which reference loss series cover which figure categories (Ukrainian MoD daily claims; Oryx visually confirmed losses). */

/**
 * Ukrainian General Staff daily cumulative claims of RUSSIAN losses (PetroIvaniuk dataset): figure category → the
 * JSON fields summed. Personnel is in `russia_losses_personnel.json`, equipment in `russia_losses_equipment.json`.
 */
export const UA_MOD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  killed: ['personnel'],
  casualties: ['personnel'],
  tanks: ['tank'],
  armored_vehicles: ['APC'],
  aircraft: ['aircraft', 'helicopter'],
  drones: ['drone'],
  artillery: ['field artillery', 'MRL'],
};

/** Oryx `daily_count.csv` equipment types summed per figure category (both countries). */
export const ORYX_TYPES: Readonly<Record<string, readonly string[]>> = {
  tanks: ['Tanks'],
  armored_vehicles: ['Armoured Fighting Vehicles', 'Infantry Fighting Vehicles', 'Armoured Personnel Carriers', 'Infantry Mobility Vehicles', 'Mine-Resistant Ambush Protected'],
  aircraft: ['Aircraft', 'Helicopters'],
  drones: ['Reconnaissance Unmanned Aerial Vehicles', 'Unmanned Combat Aerial Vehicles'],
  artillery: ['Towed Artillery', 'Self-Propelled Artillery', 'Multiple Rocket Launchers'],
};

/** Figure `about` value → Oryx `country` column. */
export const ORYX_COUNTRIES: Readonly<Record<string, string>> = { RU: 'Russia', UA: 'Ukraine' };
