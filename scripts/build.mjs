#!/usr/bin/env node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './lib/build.mjs';

await buildIfStale(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
