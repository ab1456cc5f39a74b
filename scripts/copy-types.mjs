// tsc writes declarations under .cache/types/src/ (its root includes data/*.json, imported by
// src/data/default-dataset.ts); the package wants them beside the JS in dist/esm/.
import { cpSync, rmSync } from 'node:fs';

cpSync('.cache/types/src', 'dist/esm', { recursive: true });
rmSync('.cache/types', { recursive: true, force: true });
