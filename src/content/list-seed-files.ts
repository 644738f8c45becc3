import fs from 'node:fs';
import path from 'node:path';

export interface SeedFile {
  /** Absolute path (the link's own path when reached through a symbolic link). */
  absolute: string;
  /** Path relative to the seeds folder, with forward slashes. */
  relative: string;
  /** Reached through a symbolic link to a folder: such copies sort after the real files, so a duplicate is the link. */
  viaLink: boolean;
}

/** Editors' tools leave these beside real articles; they are never articles. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#'));
}

/**
 * Every `.txt` file under the seeds folder, in a stable order.
 * Symbolic links are followed, but each real folder is entered only once, so a link loop ends.
 */
export function listSeedFiles(seedsDir: string): { files: SeedFile[]; brokenLinks: string[] } {
  const files: SeedFile[] = [];
  const brokenLinks: string[] = [];
  const seenDirs = new Set<string>();
  // Linked folders wait until every real folder is walked, so a link never claims a folder before its real path does.
  const linkedDirs: { dir: string; prefix: string }[] = [];
  walk(seedsDir, '', false);
  for (let next = linkedDirs.shift(); next; next = linkedDirs.shift()) walk(next.dir, next.prefix, true);
  files.sort((a, b) => Number(a.viaLink) - Number(b.viaLink) || (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { files, brokenLinks };

  function walk(dir: string, prefix: string, viaLink: boolean): void {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const absolute = path.join(dir, entry.name);
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const stat = statFollowingLinks(absolute);
      if (!stat) {
        brokenLinks.push(relative);
        continue;
      }
      const linked = viaLink || entry.isSymbolicLink();
      if (stat.isDirectory() && entry.isSymbolicLink() && !viaLink) linkedDirs.push({ dir: absolute, prefix: relative });
      else if (stat.isDirectory()) walk(absolute, relative, linked);
      else if (stat.isFile() && entry.name.toLowerCase().endsWith('.txt')) files.push({ absolute, relative, viaLink: linked });
    }
  }
}

function statFollowingLinks(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    // A dangling link (or one we may not read): reported by the caller, never silently skipped.
    return null;
  }
}
