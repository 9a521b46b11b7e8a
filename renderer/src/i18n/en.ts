import type { Messages } from './vi';

export const en: Messages = {
  app: { title: 'OCOP Live', tagline: 'Live-stream selling for OCOP products' },
  nav: { live: 'Live', products: 'Products', orders: 'Orders', training: 'Training', settings: 'Settings' },
  common: {
    save: 'Save', cancel: 'Cancel', close: 'Close', delete: 'Delete', edit: 'Edit', undo: 'Undo', add: 'Add',
    search: 'Search', loading: 'Loading…', error: 'Error', confirm: 'Confirm', yes: 'Yes', no: 'No',
    comingSoon: 'This part is being built.',
  },
  picture: { none: 'No picture yet', choose: 'Choose a picture…', remove: 'Remove picture' },
  products: {
    title: 'Products',
    searchPlaceholder: 'Search by code, name or alias (diacritics optional)',
    add: 'Add product',
    import: 'Import CSV',
    export: 'Export CSV',
    empty: 'No products yet. Add one or import a CSV file.',
    noMatch: 'No product matches “{{query}}”.',
    count: '{{count}} products',
    columns: { code: 'Code', name: 'Name', price: 'Price', unit: 'Unit', stock: 'Stock', stars: 'OCOP stars', aliases: 'Aliases', actions: 'Actions' },
    form: {
      titleNew: 'Add product', titleEdit: 'Edit product {{code}}',
      code: 'Code (what buyers type to order, e.g. MO1)', name: 'Product name', price: 'Price (VND)', unit: 'Unit (jar, bottle, pack…)',
      stock: 'Stock', stars: 'OCOP stars', aliases: 'Other names, separated by |', description: 'Description', image: 'Picture path (a file in the data folder)', picture: 'Product photo (shown on the product card on stream)', imagePath: 'Type a picture path',
      priceInvalid: 'The price “{{value}}” is not right. Type the amount in whole đồng (VND has no decimals), e.g. 150000, 150.000 or 150,000.',
    },
    deleted: 'Deleted {{name}}.',
    saved: 'Saved {{name}}.',
    imported: 'Imported {{products}} products: {{added}} new, {{updated}} updated.',
    importFailed: 'Nothing was imported: the file has errors. Fix these lines and import again:',
    line: 'Line {{line}}',
  },
  settings: { title: 'Settings', language: 'Language', about: 'About', dataDir: 'Data folder', database: 'Database', version: 'Version' },
};
