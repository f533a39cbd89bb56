import "../app.css";
import "./studio.css";
import { mount } from "svelte";
import Studio from "./Studio.svelte";

const target = document.getElementById("studio");
if (target) mount(Studio, { target });
