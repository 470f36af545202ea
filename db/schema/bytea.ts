import { customType } from 'drizzle-orm/pg-core';

/**
 * A bytea column as a Uint8Array on both drivers (PGlite answers Uint8Array, postgres-js a
 * Buffer, which is one). Used for photos stored in the database (gas_hazard_photos).
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType() {
    return 'bytea';
  },
  fromDriver(value) {
    return value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBufferLike);
  },
});
