import { createServer } from 'node:http';
import { createNodeHandler } from '../../src/adapters/node.js';
import { BODY_LIMIT, describeAdapter } from './adapter-cases.js';
import { listenOnLoopback } from './listen.js';

describeAdapter('node:http', (live) => listenOnLoopback(createServer(createNodeHandler(live, { bodyLimit: BODY_LIMIT }))));
