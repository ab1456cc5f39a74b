// The custom-elements manifest ships in the package for tools (editors, Storybook, docs). Members
// that are private or protected are not part of the contract: they are dropped, and the file is
// written without indentation, which halves its size.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.members) declaration.members = declaration.members.filter(isPublic);
  }
}
writeFileSync(file, JSON.stringify(manifest));
