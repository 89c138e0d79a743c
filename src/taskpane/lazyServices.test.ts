import { lazyServices } from "./lazyServices";
import { createFakeServices } from "./testing/fakeServices";

const item = { itemId: "m1", conversationId: "c1", subject: "S", from: null };

describe("lazyServices", () => {
  it("starts loading at once, loads once, and forwards calls", async () => {
    const fake = createFakeServices();
    const load = jest.fn(async () => fake);
    const services = lazyServices(load);
    expect(load).toHaveBeenCalledTimes(1);
    await services.openSession(item);
    await services.contacts.findByEmail("a@b.example");
    await services.contacts.save({ displayName: "A", email: "a@b.example", businessPhones: [], mobilePhone: null });
    expect(load).toHaveBeenCalledTimes(1);
    expect(fake.calls.open).toBe(1);
    expect(fake.calls.saved).toHaveLength(1);
  });

  it("retries the download after a failure", async () => {
    const fake = createFakeServices();
    const load = jest.fn().mockRejectedValueOnce(new Error("chunk failed")).mockResolvedValue(fake);
    const services = lazyServices(load);
    await expect(services.openSession(item)).rejects.toThrow("chunk failed");
    await expect(services.openSession(item)).resolves.toBeDefined();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
