// A stand-in for the Office React taskpane template (yo office, "React" taskpane): the same shape and
// Fluent UI v9 components (FluentProvider, Image, makeStyles header, a hero list with icons, a Field with
// a Textarea and a Button), waiting for Office.onReady. Built with our webpack settings so bench:ui can put
// a measured "template-sized" figure next to Dialback's. It is not the template itself.
import { Button, Field, FluentProvider, Image, Textarea, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { DesignIdeas24Filled, LockOpen24Filled, Ribbon24Filled } from "@fluentui/react-icons";
import { useState } from "react";
import { createRoot } from "react-dom/client";

const useStyles = makeStyles({
  welcome: { display: "flex", flexDirection: "column", alignItems: "center", paddingTop: "100px", paddingBottom: "30px", backgroundColor: tokens.colorNeutralBackground3 },
  message: { fontSize: tokens.fontSizeHero900, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralBackgroundStatic },
  list: { marginTop: "20px" },
  item: { display: "flex", gap: "8px", marginRight: "10px" },
  textPrompt: { color: tokens.colorNeutralForeground1, marginRight: "20px", marginLeft: "20px" },
});

function App({ title }: { title: string }) {
  const styles = useStyles();
  const [text, setText] = useState("Some text.");
  const items = [
    { icon: <Ribbon24Filled />, primaryText: "Achieve more with Office integration" },
    { icon: <LockOpen24Filled />, primaryText: "Unlock features and functionality" },
    { icon: <DesignIdeas24Filled />, primaryText: "Create and visualize like a pro" },
  ];
  return (
    <div>
      <section className={styles.welcome}>
        <Image width="90" height="90" src="assets/logo-filled.png" alt={title} />
        <h1 className={styles.message}>Welcome</h1>
      </section>
      <div className={styles.list}>
        <h2>Discover what this add-in can do for you today!</h2>
        <ul>
          {items.map((i) => (
            <li className={styles.item} key={i.primaryText}>
              <i>{i.icon}</i>
              <span>{i.primaryText}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className={styles.textPrompt}>
        <Field label="Enter text to be inserted into the document." size="large">
          <Textarea size="large" value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
        <Button appearance="primary" size="large" onClick={() => (Office.context.mailbox?.item as Office.MessageCompose | undefined)?.body.setSelectedDataAsync(text)}>
          Insert text
        </Button>
      </div>
    </div>
  );
}

void Office.onReady(() => {
  const root = document.getElementById("container");
  if (root)
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <App title="Contoso Task Pane Add-in" />
      </FluentProvider>,
    );
});
