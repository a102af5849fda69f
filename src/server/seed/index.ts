export { seedDemo } from "./seed-demo";
export { DEMO_PASSWORD, DEMO_USERS, type DemoUser, type DemoUserScope } from "./users";
