/**
 * A minimal compound file (MS-CFB, version 3) whose directory names the given streams, each
 * empty: the container Office wraps a password-protected .xlsx in (streams "EncryptionInfo" and
 * "EncryptedPackage"), or a Word 97–2003 document ("WordDocument"). Nothing here can encrypt;
 * it builds only the container, which is what a reader meets first.
 */
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export function compoundFile(streams: string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3); // header, one FAT sector, one directory sector (4 entries)
  const view = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  view.setUint16(0x18, 0x3e, true); // minor version
  view.setUint16(0x1a, 3, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // sector shift
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(0x44, END_OF_CHAIN, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  // FAT (sector 0): itself, then the one-sector directory chain.
  const fat = sector;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, FAT_SECTOR, true);
  view.setUint32(fat + 4, END_OF_CHAIN, true);
  // Directory (sector 1): the root, then the streams as a chain of right siblings.
  const names = ['Root Entry', ...streams].slice(0, 4);
  names.forEach((name, i) => {
    const at = sector * 2 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    out[at + 0x42] = i === 0 ? 5 : 2; // root storage, or stream
    out[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, FREE, true); // left sibling
    view.setUint32(at + 0x48, i > 0 && i + 1 < names.length ? i + 1 : FREE, true); // right sibling
    view.setUint32(at + 0x4c, i === 0 && names.length > 1 ? 1 : FREE, true); // child
    view.setUint32(at + 0x74, END_OF_CHAIN, true); // start sector: empty
  });
  return out;
}
