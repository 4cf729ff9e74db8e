// The tool's name and version, read once from package.json (one level above both src/ and dist/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { name: string; version: string };

export const TOOL_NAME = pkg.name;
export const TOOL_VERSION = pkg.version;
/** The xml:id every edition gives the tool, so that @resp can point at it. */
export const TOOL_ID = 'tei-edition';
