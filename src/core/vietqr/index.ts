export * from './banks';
export * from './crc16';
export * from './order-qr';
export * from './strip-diacritics';
export * from './vietqr-payload';
