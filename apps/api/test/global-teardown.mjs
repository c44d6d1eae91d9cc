export default async function globalTeardown() {
  await globalThis.__panelistDatabase?.drop();
}
