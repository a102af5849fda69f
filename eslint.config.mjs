// One lint configuration for the whole tree: Next's rules, typed TypeScript rules, the vitest
// rules for tests, and the layer rules of the README's "Layout".
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import vitest from "@vitest/eslint-plugin";
import tseslint from "typescript-eslint";

const frameworks = [
  "next",
  "next/*",
  "next-auth",
  "next-auth/*",
  "prisma",
  "pg",
  "@electric-sql/*",
  "react",
  "react/*",
  "react-dom",
  "react-dom/*",
  "@prisma/*",
  "zod",
  "zod/*",
];
const appLayers = ["@/*", "!@/domain", "!@/domain/*"];
// The same layers reached by a relative path ("../../server/db").
const relativeInto = (folders) => `^(\\.{1,2}/)+(.*/)?(${folders})(/|$)`;

// Role checks belong to src/server/authz (issue 8): a user's grant kind (GrantKind, once one
// role per user) compared, switched on or looked up anywhere else is a second policy that drifts
// from the first. Bloc roles (HEAD,
// STANDING_DEPUTY, DEPUTY: `member.role?.role`, `held.role`) are data, not user roles, and pass.
const USER_ROLE = "/^(PROVINCE_ADMIN|BLOC_SECRETARIAT|AGENCY_LEADER|VIEWER|AGENCY_SECRETARIAT_STAFF)$/";
const USER_NAMES = "/^(u|me|user|viewer|actor|account|sessionUser|currentUser|signedIn)$/";
const GRANT_NAMES = "/^(g|grant)$/";
const userRole = [
  `MemberExpression[property.name="role"][object.name=${USER_NAMES}]`,
  `MemberExpression[property.name="role"][object.property.name=${USER_NAMES}]`,
  `MemberExpression[property.name="kind"][object.name=${GRANT_NAMES}]`,
];
const roleCheck = (selector) => ({
  selector,
  message: "Role checks live in src/server/authz: add or use a named rule there (issue 8).",
});
const roleChecks = [
  roleCheck(`BinaryExpression[operator=/^[!=]==?$/][left.value=${USER_ROLE}]`),
  roleCheck(`BinaryExpression[operator=/^[!=]==?$/][right.value=${USER_ROLE}]`),
  roleCheck(`SwitchCase > Literal.test[value=${USER_ROLE}]`),
  // Prisma's enum object: `role === UserRole.VIEWER`, `[UserRole.X].includes(...)`.
  roleCheck(
    "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression[object.name=/^(UserRole|GrantKind)$/]",
  ),
  roleCheck("ArrayExpression > MemberExpression[object.name=/^(UserRole|GrantKind)$/]"),
  roleCheck("SwitchCase > MemberExpression.test[object.name=/^(UserRole|GrantKind)$/]"),
  ...userRole.flatMap((role) =>
    [role, `ChainExpression > ${role}`].flatMap((user) => [
      roleCheck(`BinaryExpression[operator=/^[!=]==?$/] > ${user}`),
      roleCheck(`SwitchStatement > ${user}.discriminant`),
      roleCheck(`CallExpression[callee.property.name=/^(includes|has|indexOf)$/] > ${user}.arguments`),
    ]),
  ),
];

const NEXT_LINK_RULE = {
  name: "next/link",
  message: "Link from @/components/app-link: it prefetches on hover or focus, never on sight.",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".data/**",
      "node_modules/**",
      "src/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The domain is pure: nothing of the app, its frameworks or its database.
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: frameworks, message: "src/domain imports no framework (README, Layout)." },
            { group: appLayers, message: "src/domain imports nothing of the app outside src/domain." },
            {
              regex: relativeInto("server|app|components|schemas|generated"),
              message: "src/domain imports nothing of the app outside src/domain.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pages link through AppLink, which fetches a page ahead only on the user's intent (issue #13).
    files: ["src/app/**"],
    rules: { "no-restricted-imports": ["error", { paths: [NEXT_LINK_RULE] }] },
  },
  {
    // Presentational pieces and shared schemas never reach into the server.
    files: ["src/components/**", "src/schemas/**"],
    ignores: ["src/components/app-link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [NEXT_LINK_RULE],
          patterns: [
            {
              group: ["@/server", "@/server/*"],
              message: "components and schemas import nothing from src/server.",
            },
            {
              regex: relativeInto("server"),
              message: "components and schemas import nothing from src/server.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["src/server/authz.ts", "src/server/authz/**"],
    rules: { "no-restricted-syntax": ["error", ...roleChecks] },
  },
  {
    // The server serves pages; it never reaches back into them (labels live in src/domain).
    files: ["src/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components", "@/components/*", "@/app", "@/app/*"],
              message: "src/server imports nothing from src/components or src/app.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["tests/**"],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // vitest's expect takes a message as its second argument.
      "vitest/valid-expect": ["error", { alwaysAwait: true, maxArgs: 2 }],
      // Property and fuzz tests check invariants that hold per case ("a done task is at 100 %").
      "vitest/no-conditional-expect": "off",
      // Many tests assert through helpers (expectRefused, fingerprint comparisons).
      "vitest/expect-expect": "off",
    },
  },
  {
    files: ["tests/e2e/**"],
    rules: {
      "vitest/valid-expect": "off",
      "vitest/no-standalone-expect": "off",
      "react-hooks/rules-of-hooks": "off",
    },
  },
  prettier,
);
