// JSON Schemas (draft 2020-12) of every command's body, and an OpenAPI 3.1 document of the callbacks,
// derived from the command table (src/commands.ts) and its texts (LIVE_CALLBACK_DOCS, src/catalogue/docs.ts).
// `npm run build` runs this after tsup, reading dist/; test/schemas.test.ts renders the same from src/
// and fails when the committed copies are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const DOCS = 'https://www.tencentcloud.com/document/product/';
const SOURCES = { live: 'Live', chat: 'Chat' };

/** The JSON Schema of an account ID as Tencent sends it: the schema turns an integer into its decimal string. */
const ACCOUNT_ID = {
  anyOf: [{ type: 'string' }, { type: 'integer' }],
  description: 'A UserID: a string, or an integer (some samples send long numeric IDs unquoted).',
};

/** `schema` without `key` when that holds an empty array or object. */
function withoutEmpty(schema, key) {
  const value = schema[key];
  if (value === undefined || Object.keys(value).length > 0) return schema;
  const { [key]: _empty, ...rest } = schema;
  return rest;
}

/**
 * The conversion options. `typeMode: 'input'` describes what Tencent sends, before any transform (a
 * timestamp may arrive as a digit string). A `v.check` has no JSON Schema form, so the field stays as
 * wide as its type; test/schemas.test.ts checks that valibot and the JSON Schema still agree.
 */
function conversion(library) {
  return {
    target: 'draft-2020-12',
    typeMode: 'input',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      // A check whose rule JSON Schema can say carries it as metadata next to it (`{ jsonSchema }`).
      if (valibotAction.type === 'metadata' && valibotAction.metadata.jsonSchema) {
        const { jsonSchema: _copied, ...rest } = jsonSchema;
        return { ...rest, ...valibotAction.metadata.jsonSchema };
      }
      return valibotAction.type === 'check' || valibotAction.type === 'metadata' ? jsonSchema : undefined;
    },
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      // The check that an integer ID is exact (safe) is what makes it an integer, not any number.
      if (valibotSchema === library.AccountIdSchema) return { ...ACCOUNT_ID };
      // valibot's variant accepts a value when any option whose discriminator matches accepts it, so
      // options may overlap (a catch-all after the documented ones): anyOf, not to-json-schema's oneOf.
      if (valibotSchema.type === 'variant') {
        const { oneOf, ...rest } = jsonSchema;
        return { ...rest, anyOf: oneOf };
      }
      // An object with no (required) fields lists none: `properties: {}` and `required: []` say nothing.
      if (jsonSchema.type === 'object') return withoutEmpty(withoutEmpty(jsonSchema, 'required'), 'properties');
      return undefined;
    },
  };
}

/** A command's texts (`{ doc, summary }`) -> its doc page URL. */
function docUrl(texts) {
  return `${DOCS}${texts.doc}`;
}

/**
 * One command's body schema; `CallbackCommand` also admits the aliases the library maps to it.
 * `texts` is the command's `{ doc, summary }` from LIVE_CALLBACK_DOCS.
 */
export function commandSchema(library, command, spec, texts) {
  const { $schema: _draft, ...converted } = toJsonSchema(spec.schema, conversion(library));
  const names = [command, ...spec.aliases];
  converted.properties.CallbackCommand = names.length === 1 ? { const: command } : { enum: names };
  return {
    $schema: DRAFT,
    title: command,
    description: `${texts.summary} ${spec.phase === 'before' ? 'Before' : 'After'} callback, sent to the ${SOURCES[spec.source]} callback URL. ${docUrl(texts)}`,
    ...converted,
  };
}

/** The union of every command's schema, told apart by `CallbackCommand`; refs are relative to schemas/. */
function indexSchema(commands) {
  return {
    $schema: DRAFT,
    title: 'Any callback body',
    description: 'A body of any command this version knows; CallbackCommand tells which one.',
    oneOf: commands.map((command) => ({ $ref: `${command}.json` })),
  };
}

/* ---- OpenAPI ---- */

/** The query Tencent appends to the callback URL (647/64412), as src/parse/query.ts reads it. */
const QUERY_PARAMETERS = {
  SdkAppid: {
    required: true,
    description: 'The SDKAppID of the app. Names are matched case-insensitively (the docs also write SdkAppId).',
    schema: { type: 'string', pattern: '^\\d+$' },
  },
  contenttype: { description: 'Always "json" today.', schema: { type: 'string', examples: ['json'] } },
  ClientIP: { description: 'IP address of the client that caused the event.', schema: { type: 'string' } },
  OptPlatform: {
    description: 'Where the request came from.',
    schema: { type: 'string', examples: ['RESTAPI', 'Web', 'Android', 'iOS', 'Windows', 'Mac', 'iPad', 'Unknown'] },
  },
  Sign: {
    description: 'Hex SHA-256 of the callback token followed by RequestTime; present when a callback token is set.',
    schema: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' },
  },
  RequestTime: { description: 'When Tencent signed the request, Unix seconds.', schema: { type: 'integer', minimum: 0 } },
};

const REPLY = {
  type: 'object',
  description: 'What the app answers (647/64412). After callbacks only acknowledge; a Before callback reply carries the decision.',
  required: ['ActionStatus', 'ErrorCode', 'ErrorInfo'],
  properties: {
    ActionStatus: { enum: ['OK', 'FAIL'] },
    ErrorCode: { type: 'integer', description: '0 = handled or allowed; non-zero = failed or rejected.' },
    ErrorInfo: { type: 'string' },
  },
};

const ACCOUNT_LIST = { type: 'array', items: { type: 'string' } };

/**
 * What each decision kind does to the reply, and the fields it adds. A Before command's reply schema
 * is the union of the fields of its row's `decisions`; a kind missing here fails the generation.
 */
const DECISION_REPLIES = {
  allow: { says: 'ErrorCode 0 lets it happen' },
  reject: { says: 'a non-zero ErrorCode blocks it (ErrorInfo reaches the client with the pass-through codes)' },
  drop: { says: 'ErrorCode 2 discards it silently' },
  replace: {
    says: 'ErrorCode 0 with MsgBody and/or CloudCustomData delivers those instead',
    fields: (ref) => ({
      MsgBody: { $ref: `${ref}/properties/MsgBody`, description: 'The message elements to deliver instead.' },
      CloudCustomData: { type: 'string', description: 'The custom data to deliver instead.' },
    }),
  },
  refuseMembers: {
    says: 'RefusedMembers_Account lists the members refused',
    fields: () => ({ RefusedMembers_Account: { ...ACCOUNT_LIST, description: 'The members refused.' } }),
  },
  refuseSubscribers: {
    says: 'RefusedSubscribers_Account lists the subscribers refused',
    fields: () => ({ RefusedSubscribers_Account: { ...ACCOUNT_LIST, description: 'The subscribers refused.' } }),
  },
  answerFriends: {
    says: 'ResultItem answers each friend request',
    fields: () => ({
      ResultItem: {
        type: 'array',
        description: 'One answer per friend request.',
        items: {
          type: 'object',
          required: ['To_Account', 'ResultCode'],
          properties: { To_Account: { type: 'string' }, ResultCode: { type: 'integer' }, ResultInfo: { type: 'string' } },
        },
      },
    }),
  },
  respond: { says: 'RspData carries the answer', fields: () => ({ RspData: { type: 'string', description: 'The answer.' } }) },
};

/** Component names are restricted to `[A-Za-z0-9._-]`; command names already are. */
const schemaRef = (name) => `#/components/schemas/${name}`;

/** A Before command's reply schema: the base reply plus its decisions' fields; undefined when it adds none. */
function decisionReply(command, spec) {
  const fields = {};
  const says = [];
  for (const kind of spec.decisions) {
    const reply = DECISION_REPLIES[kind];
    if (reply === undefined) throw new Error(`${command}: no reply fields known for decision "${kind}" (add it to DECISION_REPLIES)`);
    says.push(`${kind}: ${reply.says}`);
    Object.assign(fields, reply.fields?.(schemaRef(command)));
  }
  const description = `The decision on ${command}. ${says.join('; ')}.`;
  return Object.keys(fields).length === 0
    ? { description, schema: { $ref: schemaRef('CallbackReply') } }
    : {
        description,
        schema: { $ref: schemaRef(`${command}.Reply`) },
        component: { allOf: [{ $ref: schemaRef('CallbackReply') }], properties: fields },
      };
}

function webhook(command, spec, texts, reply) {
  const names = [command, ...spec.aliases];
  return {
    post: {
      operationId: command.replace(/\W/g, ''),
      tags: [command.slice(0, command.indexOf('.'))],
      summary: texts.summary,
      description:
        `${spec.phase === 'before' ? 'Before callback: Tencent waits for the reply and follows its decision' : 'After callback: the reply only acknowledges it'}. ` +
        `Sent to the ${SOURCES[spec.source]} callback URL.` +
        (spec.aliases.length > 0 ? ` Also sent as ${spec.aliases.join(', ')}.` : ''),
      externalDocs: { url: docUrl(texts) },
      parameters: [
        { $ref: '#/components/parameters/SdkAppid' },
        {
          name: 'CallbackCommand',
          in: 'query',
          description: "The command; the body's own CallbackCommand wins over it. Also read as WebhookCommand.",
          schema: names.length === 1 ? { const: command } : { enum: names },
        },
        ...Object.keys(QUERY_PARAMETERS)
          .filter((name) => name !== 'SdkAppid')
          .map((name) => ({ $ref: `#/components/parameters/${name}` })),
      ],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: schemaRef(command) } } } },
      responses: {
        200: {
          description: reply?.description ?? 'Acknowledged (ActionStatus OK, ErrorCode 0).',
          content: { 'application/json': { schema: reply?.schema ?? { $ref: schemaRef('CallbackReply') } } },
        },
      },
    },
  };
}

/** The OpenAPI 3.1 document: one webhook per command, bodies and replies under components. */
export function openApiDocument(library, docs) {
  const table = library.LIVE_CALLBACK_TABLE;
  const schemas = {};
  const webhooks = {};
  for (const [command, spec] of Object.entries(table)) {
    const { $schema: _draft, ...body } = commandSchema(library, command, spec, docs[command]);
    schemas[command] = body;
    const reply = spec.phase === 'before' ? decisionReply(command, spec) : undefined;
    if (reply?.component) schemas[`${command}.Reply`] = reply.component;
    webhooks[command] = webhook(command, spec, docs[command], reply);
  }
  const families = [...new Set(Object.keys(table).map((command) => command.slice(0, command.indexOf('.'))))];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tencent Cloud Live and Chat callbacks',
      // The version of this document's shape, not of the package: bump it when the layout changes.
      version: '1.0.0',
      description:
        'The third-party callbacks Tencent Cloud Live (TUILiveKit) and Chat send to an app, as tencent-live-webhooks validates them: ' +
        'an HTTP POST to the callback URL with the query below and a JSON body; the app answers with a JSON reply.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: DRAFT,
    tags: families.map((name) => ({ name })),
    webhooks,
    components: {
      parameters: Object.fromEntries(
        Object.entries(QUERY_PARAMETERS).map(([name, parameter]) => [name, { name, in: 'query', ...parameter }]),
      ),
      schemas: { ...schemas, CallbackReply: REPLY },
    },
  };
}

/** JSON indented by two, with any object or array that fits in a line kept on one (`{"type":"string"}`). */
export function formatJson(value, indent = '') {
  const flat = JSON.stringify(value);
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= 100) return flat;
  const inner = `${indent}  `;
  const lines = Array.isArray(value)
    ? value.map((item) => `${inner}${formatJson(item, inner)}`)
    : Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`);
  return Array.isArray(value) ? `[\n${lines.join(',\n')}\n${indent}]` : `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * Every generated file, path relative to the package root -> its text. `library` is the core entry,
 * `docs` its LIVE_CALLBACK_DOCS (tencent-live-webhooks/catalogue).
 */
export function renderSchemaFiles(library, docs) {
  const table = library.LIVE_CALLBACK_TABLE;
  const commands = Object.keys(table);
  const json = (value) => `${formatJson(value)}\n`;
  const files = {};
  for (const command of commands) files[`schemas/${command}.json`] = json(commandSchema(library, command, table[command], docs[command]));
  files['schemas/index.json'] = json(indexSchema(commands));
  files['openapi.json'] = json(openApiDocument(library, docs));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { LIVE_CALLBACK_DOCS } = await import('../dist/catalogue.js');
  const files = renderSchemaFiles(await import('../dist/index.js'), LIVE_CALLBACK_DOCS);
  // A command that left the table must not leave its schema behind.
  mkdirSync(`${root}schemas`, { recursive: true });
  for (const name of readdirSync(`${root}schemas`)) if (!(`schemas/${name}` in files)) rmSync(`${root}schemas/${name}`);
  for (const [path, text] of Object.entries(files)) writeFileSync(`${root}${path}`, text);
  const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(`schemas/: ${Object.keys(files).length - 1} files, openapi.json; ${bytes} bytes in all`);
}
