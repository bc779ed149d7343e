/** The bundle-size baseline: React 18 + FluentProvider + one Button, nothing else. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">确定</Button>
    </FluentProvider>,
  );
}
