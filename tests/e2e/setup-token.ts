/** The setup token the onboarding server is started with (SETUP_TOKEN), as an operator would set it. */
export const E2E_SETUP_TOKEN = "e2e-setup-token-onboarding";
