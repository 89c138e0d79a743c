import { lazyServices } from "./lazyServices";
import { DIRECT, createFakeServices } from "./testing/fakeServices";

const item = { itemId: "m1", conversationId: "c1", subject: "S", from: null };

describe("lazyServices", () => {
  it("starts loading at once, loads once, and forwards calls", async () => {
    const fake = createFakeServices();
    const load = jest.fn(async () => fake);
    const services = lazyServices(load);
    expect(load).toHaveBeenCalledTimes(1);
    await services.openSession(item);
    const proposal = await services.contacts.propose({ client: { name: "A", address: "a@b.example" }, numbers: [DIRECT], organization: null, region: null });
    await services.contacts.save(proposal, []);
    await services.careCalls.scan({});
    expect(services.careCalls.now()).toEqual(fake.careCalls.now()); // the engine's clock once loaded
    expect(load).toHaveBeenCalledTimes(1);
    expect(fake.calls.open).toBe(1);
    expect(fake.calls.saved).toHaveLength(1);
    expect(fake.calls.scans).toBe(1);
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
