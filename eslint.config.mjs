// TypeScript rules plus the Office add-in rules from eslint-plugin-office-addins.
// The plugin's own "recommended" preset also enforces prettier formatting; we take its rules, not its formatter.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officePlugin = officeAddins.default ?? officeAddins;

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "build/**", "test-results/**", "coverage/**", "**/*.js", "**/*.mjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officePlugin },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Core must stay host-free: no Office, Graph, React or DOM access.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/graph/**", "**/office/**", "**/taskpane/**", "**/dev/**", "**/cli/**", "react", "react-dom", "@microsoft/*", "@azure/*", "@fluentui/*"] }],
      "no-restricted-globals": ["error", "Office", "window", "document", "fetch", "localStorage", "navigator"],
    },
  },
);
